# The room: participants' notes from their phones, and the facilitator's side of it.

room-panel-title = Room
room-inbox-title = Notes waiting
room-inbox-empty = No notes waiting.
room-inbox-count = { $count ->
    [one] 1 note waiting
   *[other] { $count } notes waiting
}
room-anonymous = Anonymous { $number }
room-place-gone = place gone
room-note-select = Select note { $number }
room-note-text = Text of note { $number }
room-note-stage = Stage of note { $number }
room-note-lane = Lane of note { $number }
room-accept = Accept
room-accept-note = Accept note { $number }
room-reject = Reject
room-reject-note = Reject note { $number }
room-edit = Edit
room-edit-note = Edit note { $number }
room-merge = Merge into one card
room-accept-all = Accept all
room-direct = Onto the map directly
room-direct-hint = Notes that arrive become cards at once, in the cell they were written for.
room-port = Port
room-code-label = Code
room-code = Room code { $code }
room-people = { $count ->
    [one] 1 person in the room
   *[other] { $count } people in the room
}
room-plain-http = The room uses plain HTTP on the local network: nothing leaves it, but don't type secrets.
room-firewall = Windows may ask the first time whether journeymap may be reached on private networks: allow it.
room-mode-collect = Collect
room-mode-vote = Vote
room-mode-feel = Feel
room-note-lanes = Lanes open for notes
room-note-stages = Stages open for notes
room-vote-lanes = Lanes to vote on
room-dots = Dots per person
room-clear-dots = Clear the votes
room-clear-feelings = Clear the scores
room-clear-sure = This cannot be undone. Clear?
room-keep = Keep them
room-port-in-use = Port { $port } is in use by another program. Choose another port, such as { $other }, and open the room again.
room-open-failed = The room could not open: { $error }
room-join-slide = Scan to join

## Commands
cmd-open-room = Open the room…
    .keywords = room, workshop, phones, mobile, participants, QR, QR code, join, collect notes, vote, dot voting, Raum, Handys, Teilnehmende
cmd-close-room = Close the room
    .keywords = room, workshop, phones, participants, end, stop, Raum, Handys, Teilnehmende
cmd-toggle-room = Room panel
    .keywords = room, inbox, notes waiting, workshop, phones, participants, Raum, Eingang, Notizen
reason-room-open = The room is open already.
reason-room-closed = The room is not open.
reason-no-room = This build of journeymap has no room.
room-inbox-more = …and { $count } older, shown as these are decided on.

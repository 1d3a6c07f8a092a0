## Your own templates: File ▸ Save as template… and the start screen's list

start-templates = Your templates
start-templates-none = To start new maps from a map of your own, open it and choose "Save as template…" in the File menu.
start-template-rename = Rename template { QUOTE($name) }
start-template-delete = Delete template { QUOTE($name) }

template-save-title = Save as template
template-save-hint = The template keeps the stages with their phases and the lanes, the kind of map and its language. The persona and the goal stay with this map.
template-name = Template name
template-keep-cards = Keep the cards
template-save = Save
template-saved = Saved the template { QUOTE($name) }. It is on the start screen under "Your templates".
template-no-folder = There is no folder for templates on this computer, or the name has no letters a file name can hold.
template-rename-title = Rename template
template-rename = Rename
template-name-taken = There is already a template called { QUOTE($name) }. Choose another name.
template-delete-title = Delete the template { QUOTE($name) }?
template-delete-body = The template's file is deleted. Maps started from it stay as they are.
template-delete = Delete
template-remove-failed = Could not delete { $file }: { $reason }.

// The page workshop participants open on their phones. Plain JavaScript, nothing loaded from
// anywhere else. Everything the map or a participant wrote is put on the page with
// textContent / createElement only, never parsed as HTML.
'use strict';
(function () {
  const TEXT = {
    en: {
      title: 'Journey map',
      joinHeading: 'Join the workshop',
      joinIntro: 'Type the 6-digit code shown on the facilitator’s screen.',
      code: 'Code',
      name: 'Your name (optional)',
      nameHint: 'Leave it empty to take part anonymously.',
      join: 'Join',
      joining: 'Joining…',
      wrongCode: 'That code is not right. Please check the screen.',
      wrongLink: 'This link is no longer valid. Please type the code from the screen.',
      tries: 'Too many tries. Please wait {n} seconds.',
      full: 'The room is full.',
      busy: 'The room is busy. Please try again in a moment.',
      network: 'No connection to the room. Are you on the workshop’s Wi-Fi?',
      badInput: 'Please check what you typed.',
      youNamed: 'You take part as “{name}”.',
      youAnon: 'You take part anonymously.',
      addName: 'Add name',
      changeName: 'Change',
      save: 'Save',
      cancel: 'Cancel',
      collect: 'Collect notes',
      vote: 'Dot voting',
      feel: 'How did it feel?',
      collectIntro: 'Choose where your note belongs, write it and send it. It goes to the facilitator’s inbox.',
      collectIntroDirect: 'Choose where your note belongs, write it and send it. It goes straight onto the map.',
      stage: 'Stage',
      lane: 'Lane',
      note: 'Your note',
      notePlaceholder: 'What did you notice?',
      send: 'Send',
      saveChange: 'Save change',
      nothingOpen: 'Nothing is open for notes right now.',
      onMap: 'Already on the map at “{stage}”',
      noCards: 'No cards here yet.',
      yourNotes: 'Your notes',
      noNotes: 'You have not sent a note yet.',
      waiting: 'waiting',
      taken: 'on the map',
      rejected: 'not taken',
      sending: 'sending…',
      edit: 'Edit',
      withdraw: 'Withdraw',
      confirmWithdraw: 'Withdraw this note?',
      dotsLeft: '{left} of {total} dots left',
      voteIntro: 'Put your dots on the cards that matter most. Several on one card are fine, and you can move them until the vote closes.',
      nothingToVote: 'There is nothing to vote on right now.',
      moreDot: 'One more dot on “{card}”',
      lessDot: 'One dot less on “{card}”',
      dotsOn: '{n} of your dots',
      feelIntro: 'How did you feel at each stage? Tap your choice again to clear it.',
      scores: ['very bad', 'bad', 'okay', 'good', 'very good'],
      closedTitle: 'The room is closed',
      closedText: 'Thank you for taking part!',
      unsentLost: 'These notes could not be sent any more:',
      connected: 'Connected',
      reconnecting: 'Reconnecting…',
      offline: 'Offline',
      unsent: '{n} unsent',
      untitled: '(untitled)',
      tooLong: 'The text is too long.',
      empty: 'The note is empty.',
      refused: 'The room could not take this.',
      you: 'You',
    },
    de: {
      title: 'Journey-Map',
      joinHeading: 'Beim Workshop mitmachen',
      joinIntro: 'Gib den sechsstelligen Code ein, den die Moderation auf dem Bildschirm zeigt.',
      code: 'Code',
      name: 'Dein Name (freiwillig)',
      nameHint: 'Lass das Feld leer, um anonym mitzumachen.',
      join: 'Mitmachen',
      joining: 'Einen Moment …',
      wrongCode: 'Der Code stimmt nicht. Schau bitte noch einmal auf den Bildschirm.',
      wrongLink: 'Dieser Link gilt nicht mehr. Gib bitte den Code vom Bildschirm ein.',
      tries: 'Zu viele Versuche. Bitte warte {n} Sekunden.',
      full: 'Der Raum ist voll.',
      busy: 'Der Raum ist gerade ausgelastet. Versuch es gleich noch einmal.',
      network: 'Keine Verbindung zum Raum. Bist du im WLAN des Workshops?',
      badInput: 'Bitte prüf deine Eingabe.',
      youNamed: 'Du machst mit als „{name}“.',
      youAnon: 'Du machst anonym mit.',
      addName: 'Namen angeben',
      changeName: 'Ändern',
      save: 'Speichern',
      cancel: 'Abbrechen',
      collect: 'Notizen sammeln',
      vote: 'Punkte vergeben',
      feel: 'Wie hat es sich angefühlt?',
      collectIntro: 'Wähl aus, wohin deine Notiz gehört, schreib sie und schick sie ab. Sie landet im Posteingang der Moderation.',
      collectIntroDirect: 'Wähl aus, wohin deine Notiz gehört, schreib sie und schick sie ab. Sie kommt gleich auf die Map.',
      stage: 'Phase',
      lane: 'Zeile',
      note: 'Deine Notiz',
      notePlaceholder: 'Was ist dir aufgefallen?',
      send: 'Senden',
      saveChange: 'Änderung speichern',
      nothingOpen: 'Gerade ist nichts für Notizen geöffnet.',
      onMap: 'Schon auf der Map bei „{stage}“',
      noCards: 'Hier gibt es noch keine Karten.',
      yourNotes: 'Deine Notizen',
      noNotes: 'Du hast noch keine Notiz geschickt.',
      waiting: 'wartet',
      taken: 'auf der Map',
      rejected: 'nicht übernommen',
      sending: 'wird gesendet …',
      edit: 'Bearbeiten',
      withdraw: 'Zurückziehen',
      confirmWithdraw: 'Diese Notiz zurückziehen?',
      dotsLeft: 'Noch {left} von {total} Punkten übrig',
      voteIntro: 'Setz deine Punkte auf die Karten, die dir am wichtigsten sind. Mehrere auf einer Karte sind erlaubt, und bis zum Ende der Abstimmung kannst du sie verschieben.',
      nothingToVote: 'Gerade gibt es nichts zum Abstimmen.',
      moreDot: 'Einen Punkt mehr auf „{card}“',
      lessDot: 'Einen Punkt weniger auf „{card}“',
      dotsOn: '{n} deiner Punkte',
      feelIntro: 'Wie ging es dir in den einzelnen Phasen? Tipp deine Wahl noch einmal an, um sie aufzuheben.',
      scores: ['sehr schlecht', 'schlecht', 'neutral', 'gut', 'sehr gut'],
      closedTitle: 'Der Raum ist geschlossen',
      closedText: 'Danke fürs Mitmachen!',
      unsentLost: 'Diese Notizen konnten nicht mehr gesendet werden:',
      connected: 'Verbunden',
      reconnecting: 'Verbindung wird wiederhergestellt …',
      offline: 'Offline',
      unsent: '{n} nicht gesendet',
      untitled: '(ohne Titel)',
      tooLong: 'Der Text ist zu lang.',
      empty: 'Die Notiz ist leer.',
      refused: 'Das konnte der Raum nicht annehmen.',
      you: 'Du',
    },
  };
  const MAX_NOTE = 500;
  const MAX_NAME = 40;

  // ---- storage: survives reloads; a browser without it still works for the visit ----
  const store = {
    get(name, fallback) {
      try {
        const text = localStorage.getItem('journeymap.' + name);
        return text === null ? fallback : JSON.parse(text);
      } catch (e) {
        return fallback;
      }
    },
    set(name, value) {
      try {
        if (value === null) localStorage.removeItem('journeymap.' + name);
        else localStorage.setItem('journeymap.' + name, JSON.stringify(value));
      } catch (e) { /* private mode: keep it in memory only */ }
    },
  };

  const saved = store.get('session', null);
  const state = {
    screen: 'start', // start | join | room | closed
    key: saved && saved.key,
    participant: saved && saved.participant,
    token: null,
    view: null,
    lang: store.get('lang', null),
    outbox: store.get('outbox', []).map((entry) => Object.assign(entry, { sending: false })),
    acked: [],
    stage: null,
    lane: null,
    editing: null,
    naming: false,
    joinError: '',
    joinBusy: false,
    notice: '',
    lost: [],
  };
  let events = null;
  let flushTimer = null;
  let flushing = false;

  // ---- helpers ----
  function lang() {
    if (state.lang === 'en' || state.lang === 'de') return state.lang;
    if (state.view && TEXT[state.view.lang]) return state.view.lang;
    // The last map's language, so the page speaks it on after the room closed or reloaded.
    const mapLang = store.get('mapLang', null);
    if (TEXT[mapLang]) return mapLang;
    return (navigator.language || '').toLowerCase().startsWith('de') ? 'de' : 'en';
  }
  function t(key, values) {
    let text = TEXT[lang()][key];
    if (typeof text !== 'string') return text;
    for (const [name, value] of Object.entries(values || {})) text = text.split('{' + name + '}').join(String(value));
    return text;
  }
  // Builds an element. Text is always a text node; attributes are set one by one.
  function h(tag, props, ...kids) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') el.className = value;
      else if (name === 'text') el.textContent = value;
      else if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
      else el.setAttribute(name, value === true ? '' : String(value));
    }
    for (const kid of kids.flat()) {
      if (kid !== null && kid !== undefined && kid !== false) el.append(kid);
    }
    return el;
  }
  function $(id) { return document.getElementById(id); }
  function newId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }
  function title(text) { return text && text.trim() ? text : t('untitled'); }
  function byId(list, id) { return (list || []).find((item) => item.id === id); }

  async function api(method, path, body) {
    const headers = {};
    if (state.key && path !== '/api/join') headers['X-Room-Key'] = state.key;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      const response = await fetch(path, {
        method, headers, cache: 'no-store', credentials: 'omit',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      let data = null;
      try { data = await response.json(); } catch (e) { /* not JSON */ }
      return { status: response.status, data: data || {} };
    } catch (e) {
      return { status: 0, data: {} };
    }
  }

  // ---- session ----
  function saveSession() {
    store.set('session', state.key ? { key: state.key, participant: state.participant } : null);
  }
  async function start() {
    const match = /[#&]t=([A-Za-z0-9_-]+)/.exec(location.hash);
    if (match) {
      state.token = match[1];
      history.replaceState(null, '', location.pathname + location.search);
    }
    if (state.key) {
      const reply = await api('GET', '/api/view');
      if (reply.status === 200) return enter(reply.data);
      if (reply.status !== 401) { state.screen = 'room'; render(); return reconnectSoon(); }
      forget();
    }
    if (state.token) return join({ token: state.token }, '');
    state.screen = 'join';
    render();
  }
  function forget() {
    state.key = null;
    state.participant = null;
    state.view = null;
    saveSession();
    if (events) { events.close(); events = null; }
  }
  async function join(secret, name) {
    state.joinBusy = true;
    state.joinError = '';
    if (state.screen !== 'join') { state.screen = 'join'; }
    render();
    const reply = await api('POST', '/api/join', Object.assign({ name }, secret));
    state.joinBusy = false;
    if (reply.status === 200) {
      state.key = reply.data.key;
      state.participant = reply.data.participant;
      saveSession();
      adoptOutbox();
      const view = await api('GET', '/api/view');
      return enter(view.status === 200 ? view.data : null);
    }
    if (reply.status === 403 && secret.token) { state.token = null; state.joinError = t('wrongLink'); }
    else if (reply.status === 403) state.joinError = t('wrongCode');
    else if (reply.status === 429) state.joinError = t('tries', { n: reply.data.retry_after || 60 });
    else if (reply.data.error === 'full') state.joinError = t('full');
    else if (reply.status === 503) state.joinError = t('busy');
    else if (reply.status === 400) state.joinError = t('badInput');
    else state.joinError = t('network');
    render();
  }
  // Notes typed under an earlier session are sent under the new one: nothing typed is lost.
  // Dots and scores belonged to the old participant and are dropped.
  function adoptOutbox() {
    state.outbox = state.outbox.filter((entry) => entry.key === state.key || entry.do.note);
    for (const entry of state.outbox) entry.key = state.key;
    saveOutbox();
  }
  function enter(view) {
    state.screen = 'room';
    if (view) takeView(view);
    listen();
    render();
    flush();
  }

  // ---- live updates ----
  function listen() {
    if (events) events.close();
    events = new EventSource('/api/events?key=' + encodeURIComponent(state.key));
    events.addEventListener('open', () => { renderStatus(); flush(); });
    events.addEventListener('view', (event) => {
      try { takeView(JSON.parse(event.data)); } catch (e) { return; }
      render();
    });
    events.addEventListener('closed', () => closed());
    events.addEventListener('error', () => {
      renderStatus();
      if (events && events.readyState === EventSource.CLOSED) { events = null; reconnectSoon(); }
    });
  }
  let reconnectDelay = 1000;
  function reconnectSoon() {
    setTimeout(async () => {
      if (state.screen !== 'room' || events) return;
      const reply = await api('GET', '/api/view');
      if (reply.status === 200) { reconnectDelay = 1000; return enter(reply.data); }
      if (reply.status === 401) return sessionLost();
      reconnectDelay = Math.min(reconnectDelay * 2, 30000);
      renderStatus();
      reconnectSoon();
    }, reconnectDelay);
  }
  function sessionLost() {
    forget();
    if (state.token) return join({ token: state.token }, '');
    state.screen = 'join';
    render();
  }
  function takeView(view) {
    if (state.view && view.revision < state.view.revision) return;
    state.view = view;
    if (TEXT[view.lang] && store.get('mapLang', null) !== view.lang) store.set('mapLang', view.lang);
    state.acked = state.acked.filter((entry) => entry.revision >= view.revision && !reflected(entry));
  }
  function closed() {
    if (events) { events.close(); events = null; }
    state.lost = state.outbox.filter((entry) => entry.do.note || entry.do.change)
      .map((entry) => (entry.do.note || entry.do.change).text);
    state.outbox = [];
    saveOutbox();
    forget();
    state.screen = 'closed';
    render();
  }

  // ---- outbox: every submission is kept until the room answered it ----
  function saveOutbox() { store.set('outbox', state.outbox); }
  function submit(action) {
    // Only the latest of several unsent dots for one card matters.
    if (action.dots) {
      state.outbox = state.outbox.filter((entry) => entry.sending || !entry.do.dots || entry.do.dots.card !== action.dots.card);
    }
    if (action.feel) {
      state.outbox = state.outbox.filter((entry) => entry.sending || !entry.do.feel || entry.do.feel.stage !== action.feel.stage);
    }
    // A new note has no number until the editor took it: it counts as arrived once the view
    // holds one more note like it than when it was sent.
    const seen = action.note ? sameNotes(action.note) : 0;
    state.outbox.push({ id: newId(), key: state.key, do: action, seen, tries: 0, next: 0 });
    saveOutbox();
    render();
    flush();
  }
  async function flush() {
    if (flushing || state.screen !== 'room' || !state.key) return;
    const entry = state.outbox[0];
    if (!entry) return;
    const wait = entry.next - Date.now();
    if (wait > 0) { clearTimeout(flushTimer); flushTimer = setTimeout(flush, wait); return; }
    flushing = true;
    entry.sending = true;
    const reply = await api('POST', '/api/send', { id: entry.id, do: entry.do });
    entry.sending = false;
    flushing = false;
    if (reply.status === 200) {
      state.outbox.shift();
      state.acked.push({ do: entry.do, seen: entry.seen, revision: state.view ? state.view.revision : 0 });
    } else if (reply.status === 400 || reply.status === 413 || reply.status === 415) {
      state.outbox.shift();
      const detail = reply.data.detail;
      notice(detail === 'too-long' ? t('tooLong') : detail === 'empty-text' ? t('empty') : t('refused'));
    } else if (reply.status === 401) {
      saveOutbox();
      return sessionLost();
    } else {
      entry.tries += 1;
      entry.next = Date.now() + Math.min(30000, 500 * 2 ** entry.tries) * (0.75 + Math.random() / 2);
    }
    saveOutbox();
    render();
    flush();
  }
  function notice(text) {
    state.notice = text;
    setTimeout(() => { if (state.notice === text) { state.notice = ''; render(); } }, 6000);
  }

  // What I have, with what is still on its way laid over what the room confirmed.
  // Answered submissions count until the view shows them (or a newer view came): the view may
  // arrive before the answer or after it.
  function pending() { return state.acked.filter((entry) => !reflected(entry)).concat(state.outbox); }
  function reflected(entry) {
    const action = entry.do;
    const me = state.view && state.view.me;
    if (!me) return false;
    if (action.note) return sameNotes(action.note) > entry.seen;
    if (action.change) {
      const note = byId(me.notes, action.change.note);
      return !note || (note.text === action.change.text && note.lane === action.change.lane && note.stage === action.change.stage);
    }
    if (action.withdraw) return !byId(me.notes, action.withdraw.note);
    if (action.dots) return ((me.dots || []).find((d) => d.card === action.dots.card) || { count: 0 }).count === action.dots.count;
    if (action.feel) {
      const feeling = (me.feelings || []).find((f) => f.stage === action.feel.stage);
      return (feeling ? feeling.score : null) === action.feel.score;
    }
    if (action.name) return me.name === action.name.name;
    return true;
  }
  function sameNotes(note) {
    const notes = state.view ? state.view.me.notes || [] : [];
    return notes.filter((n) => n.text === note.text && n.lane === note.lane && n.stage === note.stage).length;
  }
  function myDots() {
    const dots = new Map((state.view.me.dots || []).map((d) => [d.card, d.count]));
    for (const { do: action } of pending()) if (action.dots) dots.set(action.dots.card, action.dots.count);
    return dots;
  }
  function myFeelings() {
    const scores = new Map((state.view.me.feelings || []).map((f) => [f.stage, f.score]));
    for (const { do: action } of pending()) if (action.feel) scores.set(action.feel.stage, action.feel.score);
    return scores;
  }
  function myNotes() {
    let notes = (state.view.me.notes || []).map((note) => Object.assign({}, note));
    for (const entry of pending()) {
      const action = entry.do;
      if (action.note && sameNotes(action.note) <= entry.seen) notes.push(Object.assign({ id: null, state: 'sending' }, action.note));
      if (action.change) {
        const note = notes.find((n) => n.id === action.change.note);
        if (note) Object.assign(note, { lane: action.change.lane, stage: action.change.stage, text: action.change.text, state: 'sending' });
      }
      if (action.withdraw) notes = notes.filter((n) => n.id !== action.withdraw.note);
    }
    return notes;
  }

  // ---- rendering ----
  function render() {
    document.documentElement.lang = lang();
    $('title').textContent = state.view && state.view.title ? state.view.title : t('title');
    renderLangs();
    const main = $('main');
    if (state.screen === 'join') renderJoin(main);
    else if (state.screen === 'room' && state.view) renderRoom(main);
    else if (state.screen === 'room') main.replaceChildren(h('p', { class: 'muted', text: t('reconnecting') }));
    else if (state.screen === 'closed') renderClosed(main);
    renderStatus();
  }
  function renderLangs() {
    const box = $('langs');
    box.replaceChildren(...['en', 'de'].map((code) => h('button', {
      class: 'lang', type: 'button', 'aria-pressed': lang() === code ? 'true' : 'false',
      onclick: () => { state.lang = code; store.set('lang', code); rebuild(); },
    }, code.toUpperCase())));
  }
  function rebuild() { $('main').replaceChildren(); render(); }
  function renderStatus() {
    const box = $('status');
    let word = 'reconnecting';
    if (!navigator.onLine) word = 'offline';
    else if (events && events.readyState === EventSource.OPEN) word = 'connected';
    const parts = [h('span', { class: 'light ' + word }), t(word)];
    if (state.outbox.length) parts.push(' · ' + t('unsent', { n: state.outbox.length }));
    box.hidden = state.screen !== 'room';
    box.replaceChildren(...parts);
  }

  function renderJoin(main) {
    if (!$('join-form')) {
      const code = h('input', {
        id: 'code', name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9]*',
        maxlength: 6, required: true, class: 'code',
      });
      const name = h('input', { id: 'name', name: 'name', maxlength: MAX_NAME, autocomplete: 'nickname' });
      const form = h('form', {
        id: 'join-form', class: 'card',
        onsubmit: (event) => {
          event.preventDefault();
          const digits = code.value.replace(/\D/g, '');
          if (digits.length === 6 && !state.joinBusy) join({ code: digits }, name.value.trim());
        },
      },
      h('h2', { id: 'join-heading' }),
      h('p', { id: 'join-intro', class: 'muted' }),
      h('label', { for: 'code', id: 'code-label' }), code,
      h('label', { for: 'name', id: 'name-label' }), name,
      h('p', { id: 'name-hint', class: 'hint' }),
      h('p', { id: 'join-error', class: 'error', role: 'alert' }),
      h('button', { id: 'join-button', class: 'primary', type: 'submit' }));
      main.replaceChildren(form);
      code.focus();
    }
    $('join-heading').textContent = t('joinHeading');
    $('join-intro').textContent = t('joinIntro');
    $('code-label').textContent = t('code');
    $('name-label').textContent = t('name');
    $('name-hint').textContent = t('nameHint');
    $('join-error').textContent = state.joinError;
    $('join-button').textContent = state.joinBusy ? t('joining') : t('join');
    $('join-button').disabled = state.joinBusy;
  }

  function renderClosed(main) {
    main.replaceChildren(h('section', { class: 'card closed' },
      h('h2', { text: t('closedTitle') }),
      h('p', { text: t('closedText') }),
      state.lost.length ? [h('p', { class: 'muted', text: t('unsentLost') }),
        h('ul', {}, state.lost.map((text) => h('li', { class: 'lost', text })))] : null));
  }

  function renderRoom(main) {
    const mode = state.view.mode;
    if (!$('room') || $('room').dataset.mode !== mode) {
      const room = h('div', { id: 'room' },
        h('section', { id: 'me', class: 'me' }),
        h('p', { id: 'notice', class: 'notice', role: 'alert' }),
        h('section', { id: 'mode' }));
      room.dataset.mode = mode;
      main.replaceChildren(room);
      state.naming = false;
      if (mode === 'collect') buildCollect($('mode'));
    }
    if (!state.naming) renderMe($('me'));
    $('notice').textContent = state.notice;
    $('notice').hidden = !state.notice;
    if (mode === 'collect') renderCollect();
    else if (mode === 'vote') renderVote($('mode'));
    else renderFeel($('mode'));
  }

  function renderMe(box) {
    const name = state.view.me.name;
    const line = name ? t('youNamed', { name }) : t('youAnon');
    box.replaceChildren(h('p', { text: line }), h('button', {
      type: 'button', class: 'link', text: name ? t('changeName') : t('addName'),
      onclick: () => {
        state.naming = true;
        const input = h('input', { id: 'rename', maxlength: MAX_NAME, value: name, 'aria-label': t('name') });
        const done = () => { state.naming = false; render(); };
        box.replaceChildren(h('form', {
          class: 'row',
          onsubmit: (event) => {
            event.preventDefault();
            submit({ name: { name: input.value.trim() } });
            state.view.me.name = input.value.trim();
            done();
          },
        }, input, h('button', { type: 'submit', class: 'primary small', text: t('save') }),
        h('button', { type: 'button', class: 'small', text: t('cancel'), onclick: done })),
        h('p', { class: 'hint', text: t('nameHint') }));
        input.focus();
      },
    }));
  }

  // -- collect: the form is built once per mode so typing is never interrupted --
  function buildCollect(box) {
    const text = h('textarea', {
      id: 'text', maxlength: MAX_NOTE, rows: 4,
      oninput: () => { store.set('draft', text.value); renderCollect(); },
    });
    text.value = store.get('draft', '');
    box.replaceChildren(
      h('h2', { id: 'mode-title' }),
      h('p', { id: 'collect-intro', class: 'muted' }),
      h('div', { id: 'collect-form' },
        h('h3', { id: 'stage-label' }), h('div', { id: 'stages', class: 'chips' }),
        h('h3', { id: 'lane-label' }), h('div', { id: 'lanes', class: 'chips' }),
        h('label', { for: 'text', id: 'text-label' }), text,
        h('div', { class: 'row end' },
          h('span', { id: 'count', class: 'hint grow' }),
          h('button', { id: 'cancel-edit', type: 'button', onclick: stopEditing }),
          h('button', { id: 'send', type: 'button', class: 'primary', onclick: sendNote }))),
      h('p', { id: 'nothing-open', class: 'muted' }),
      h('h3', { id: 'cards-title' }), h('div', { id: 'cards' }),
      h('h3', { id: 'notes-title' }), h('ul', { id: 'notes', class: 'notes' }));
  }
  function openLanes() { return state.view.lanes.filter((lane) => lane.notes); }
  function openStages() { return state.view.stages.filter((stage) => state.view.open_stages.includes(stage.id)); }
  function chips(box, items, selected, choose) {
    box.replaceChildren(...items.map((item) => h('button', {
      type: 'button', class: 'chip', 'aria-pressed': item.id === selected ? 'true' : 'false',
      onclick: () => { choose(item.id); renderCollect(); },
    }, title(item.title))));
  }
  function renderCollect() {
    const view = state.view;
    const stages = openStages();
    const lanes = openLanes();
    if (!byId(stages, state.stage)) state.stage = stages.length ? stages[0].id : null;
    if (!byId(lanes, state.lane)) state.lane = lanes.length ? lanes[0].id : null;
    const open = stages.length > 0 && lanes.length > 0;
    $('mode-title').textContent = t('collect');
    $('collect-intro').textContent = t(state.view.direct ? 'collectIntroDirect' : 'collectIntro');
    $('collect-form').hidden = !open;
    $('nothing-open').hidden = open;
    $('nothing-open').textContent = t('nothingOpen');
    $('stage-label').textContent = t('stage');
    $('lane-label').textContent = t('lane');
    $('text-label').textContent = t('note');
    chips($('stages'), stages, state.stage, (id) => { state.stage = id; });
    chips($('lanes'), lanes, state.lane, (id) => { state.lane = id; });
    const text = $('text');
    text.placeholder = t('notePlaceholder');
    const length = text.value.trim().length;
    $('count').textContent = text.value.length + ' / ' + MAX_NOTE;
    $('send').textContent = state.editing ? t('saveChange') : t('send');
    $('send').disabled = !length || !state.stage || !state.lane;
    $('cancel-edit').textContent = t('cancel');
    $('cancel-edit').hidden = !state.editing;

    const stage = byId(view.stages, state.stage);
    $('cards-title').textContent = stage ? t('onMap', { stage: title(stage.title) }) : '';
    const groups = view.lanes.map((lane) => {
      const cards = view.cards.filter((card) => card.stage === state.stage && card.lane === lane.id);
      return cards.length ? h('div', { class: 'group' }, h('h4', { text: title(lane.title) }),
        h('ul', { class: 'cards' }, cards.map((card) => h('li', { text: title(card.title) })))) : null;
    }).filter(Boolean);
    $('cards').replaceChildren(...(groups.length ? groups : [h('p', { class: 'muted', text: t('noCards') })]));

    $('notes-title').textContent = t('yourNotes');
    const notes = myNotes();
    $('notes').replaceChildren(...(notes.length ? notes.slice().reverse().map(noteItem)
      : [h('li', { class: 'muted', text: t('noNotes') })]));
  }
  function noteItem(note) {
    const stage = byId(state.view.stages, note.stage);
    const lane = byId(state.view.lanes, note.lane);
    const place = [stage && title(stage.title), lane && title(lane.title)].filter(Boolean).join(' · ');
    const actions = note.state === 'waiting' && note.id !== null ? h('div', { class: 'row' },
      h('button', { type: 'button', class: 'small', text: t('edit'), onclick: () => startEditing(note) }),
      h('button', {
        type: 'button', class: 'small', text: t('withdraw'),
        onclick: () => { if (confirm(t('confirmWithdraw'))) { if (state.editing === note.id) stopEditing(); submit({ withdraw: { note: note.id } }); } },
      })) : null;
    return h('li', { class: 'note ' + note.state },
      h('p', { class: 'note-text', text: note.text }),
      h('p', { class: 'hint' }, place, ' ', h('span', { class: 'badge ' + note.state, text: t(note.state) })),
      actions);
  }
  function startEditing(note) {
    state.editing = note.id;
    state.stage = note.stage;
    state.lane = note.lane;
    $('text').value = note.text;
    renderCollect();
    $('text').focus();
    $('text').scrollIntoView({ block: 'center' });
  }
  function stopEditing() {
    state.editing = null;
    $('text').value = '';
    store.set('draft', null);
    renderCollect();
  }
  function sendNote() {
    const text = $('text').value.trim();
    if (!text || !state.stage || !state.lane) return;
    if (state.editing) {
      submit({ change: { note: state.editing, lane: state.lane, stage: state.stage, text } });
      state.editing = null;
    } else {
      submit({ note: { lane: state.lane, stage: state.stage, text } });
    }
    $('text').value = '';
    store.set('draft', null);
    renderCollect();
  }

  // -- vote --
  function renderVote(box) {
    const view = state.view;
    const dots = myDots();
    const total = view.me.dots_total;
    let used = 0;
    for (const count of dots.values()) used += count;
    const left = Math.max(0, total - used);
    const lanes = view.lanes.filter((lane) => lane.votes);
    const sections = view.stages.map((stage) => {
      const cards = view.cards.filter((card) => card.stage === stage.id && byId(lanes, card.lane));
      if (!cards.length) return null;
      return h('section', { class: 'group' }, h('h3', { text: title(stage.title) }),
        h('ul', { class: 'votes' }, cards.map((card) => {
          const mine = dots.get(card.id) || 0;
          const name = title(card.title);
          return h('li', { class: 'vote' + (mine ? ' chosen' : '') },
            h('div', { class: 'grow' },
              h('p', { class: 'card-title', text: name }),
              h('p', { class: 'hint', text: title(byId(lanes, card.lane).title) }),
              h('p', { class: 'dots', 'aria-label': t('dotsOn', { n: mine }) },
                Array.from({ length: mine }, () => h('span', { class: 'dot' })))),
            h('button', {
              type: 'button', class: 'round', text: '−', 'aria-label': t('lessDot', { card: name }), disabled: mine === 0,
              onclick: () => submit({ dots: { card: card.id, count: mine - 1 } }),
            }),
            h('button', {
              type: 'button', class: 'round plus', text: '+', 'aria-label': t('moreDot', { card: name }), disabled: left === 0,
              onclick: () => submit({ dots: { card: card.id, count: mine + 1 } }),
            }));
        })));
    }).filter(Boolean);
    box.replaceChildren(
      h('h2', { text: t('vote') }),
      h('p', { class: 'muted', text: t('voteIntro') }),
      h('p', { class: 'left sticky' }, h('span', { class: 'dots' },
        Array.from({ length: total }, (_, i) => h('span', { class: i < left ? 'dot' : 'dot empty' }))),
      ' ', t('dotsLeft', { left, total })),
      ...(sections.length ? sections : [h('p', { class: 'muted', text: t('nothingToVote') })]));
  }

  // -- feel --
  function renderFeel(box) {
    const scores = myFeelings();
    const labels = t('scores');
    box.replaceChildren(
      h('h2', { text: t('feel') }),
      h('p', { class: 'muted', text: t('feelIntro') }),
      ...state.view.stages.map((stage) => {
        const mine = scores.has(stage.id) ? scores.get(stage.id) : null;
        return h('section', { class: 'group feel' }, h('h3', { text: title(stage.title) }),
          h('div', { class: 'scale', role: 'group', 'aria-label': title(stage.title) },
            [-2, -1, 0, 1, 2].map((score, i) => h('button', {
              type: 'button', class: 'score s' + (score + 2), 'aria-pressed': mine === score ? 'true' : 'false',
              onclick: () => submit({ feel: { stage: stage.id, score: mine === score ? null : score } }),
            }, h('span', { class: 'num', text: score > 0 ? '+' + score : score < 0 ? '−' + -score : '0' }),
            h('span', { class: 'word', text: labels[i] })))));
      }));
  }

  window.addEventListener('online', () => { renderStatus(); flush(); if (state.screen === 'room' && !events) reconnectSoon(); });
  window.addEventListener('offline', renderStatus);
  start();
})();

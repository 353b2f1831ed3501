-- Version 1: imported chats, their participants and messages, and where each came from.

CREATE TABLE chats (
    id       INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,              -- 'whatsapp' or 'messenger'
    name     TEXT NOT NULL,
    UNIQUE (platform, name)              -- a chat is identified by its app and its name
);

-- One row per import of one chat of a file, kept even when it added nothing: the import history.
CREATE TABLE sources (
    id             INTEGER PRIMARY KEY,
    chat_id        INTEGER NOT NULL REFERENCES chats (id),
    path           TEXT NOT NULL,        -- absolute path of the file or folder given to `humeur import`
    file_name      TEXT NOT NULL,
    origin         TEXT NOT NULL,        -- the file plus the entry or folder the chat was read from
    size           INTEGER,              -- bytes; NULL for a folder
    sha256         TEXT,                 -- of the file's bytes; NULL for a folder
    format         TEXT NOT NULL,        -- the layout detected, e.g. 'WHATSAPP_ANDROID'
    imported_at    TEXT NOT NULL,        -- UTC instant, ISO-8601
    messages_read  INTEGER NOT NULL DEFAULT 0,
    messages_added INTEGER NOT NULL DEFAULT 0,
    skipped        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE participants (
    id               INTEGER PRIMARY KEY,
    chat_id          INTEGER NOT NULL REFERENCES chats (id),
    name             TEXT NOT NULL,
    outside_contacts INTEGER NOT NULL DEFAULT 0,  -- 1 once any export marked them as not in the phone's contacts
    UNIQUE (chat_id, name)
);

CREATE TABLE messages (
    id             INTEGER PRIMARY KEY,
    chat_id        INTEGER NOT NULL REFERENCES chats (id),
    participant_id INTEGER REFERENCES participants (id),  -- NULL for events written by the app
    ts             TEXT NOT NULL,        -- local time, yyyy-MM-ddTHH:mm:ss[.SSS]
    kind           TEXT NOT NULL,        -- text, media, deleted, event, location
    text           TEXT NOT NULL,
    media          TEXT,
    caption        TEXT,
    edited         INTEGER NOT NULL DEFAULT 0,
    source_id      INTEGER NOT NULL REFERENCES sources (id),  -- the import that first added it
    fingerprint    INTEGER NOT NULL,     -- 64-bit hash of (ts, author, kind, text)
    occurrence     INTEGER NOT NULL      -- earlier messages with the same fingerprint in the same export
);

-- The identity of a message, which makes re-imports and overlapping exports add nothing twice. The fingerprint
-- already covers ts, so ts adds nothing to uniqueness; leading with it makes this also the index for a chat's
-- messages in time order, and, exports being in time order, turns random inserts into near-appends (about 1.5x
-- faster imports than a separate (chat_id, fingerprint, occurrence) key plus a (chat_id, ts) index).
CREATE UNIQUE INDEX messages_by_chat_and_time ON messages (chat_id, ts, fingerprint, occurrence);

CREATE TABLE reactions (
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    actor      TEXT NOT NULL,
    reaction   TEXT NOT NULL,
    UNIQUE (message_id, actor, reaction)
);

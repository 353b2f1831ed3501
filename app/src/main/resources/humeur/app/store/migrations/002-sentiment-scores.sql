-- Version 2: sentiment scores of messages and of conversation sessions, each with the model that gave it, so that
-- scores from an older model are recognised as stale after a model change.

CREATE TABLE models (
    id         INTEGER PRIMARY KEY,
    identity   TEXT NOT NULL UNIQUE,     -- what changes when the model changes: its name plus a SHA-256 of its files
    name       TEXT NOT NULL,            -- for people, e.g. 'humeur-fr-default 1.0'
    first_used TEXT NOT NULL,            -- UTC instant, ISO-8601
    last_used  TEXT NOT NULL             -- UTC instant of the latest scoring run with it; reports use the latest model
);

-- One row per scored message and model. Messages that are not words (media without caption, deleted, events)
-- have none.
CREATE TABLE message_scores (
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    model_id   INTEGER NOT NULL REFERENCES models (id),
    negative   REAL NOT NULL,            -- probabilities of the three classes, summing to 1
    neutral    REAL NOT NULL,
    positive   REAL NOT NULL,
    label      TEXT NOT NULL,            -- 'negative', 'neutral' or 'positive'
    score      REAL NOT NULL,            -- polarity in [-1, 1]: positive - negative
    PRIMARY KEY (model_id, message_id)
) WITHOUT ROWID;

-- A session is a run of a chat's messages with no silence longer than gap_minutes; each is also scored as one
-- document (its messages read in order through the encoder), beside the scores of its messages.
CREATE TABLE session_scores (
    id               INTEGER PRIMARY KEY,
    chat_id          INTEGER NOT NULL REFERENCES chats (id),
    model_id         INTEGER NOT NULL REFERENCES models (id),
    gap_minutes      INTEGER NOT NULL,
    first_message_id INTEGER NOT NULL REFERENCES messages (id),
    last_message_id  INTEGER NOT NULL REFERENCES messages (id),
    start_ts         TEXT NOT NULL,      -- local time of the first and last message, as messages.ts
    end_ts           TEXT NOT NULL,
    message_count    INTEGER NOT NULL,   -- messages scored in the session
    negative         REAL NOT NULL,
    neutral          REAL NOT NULL,
    positive         REAL NOT NULL,
    label            TEXT NOT NULL,
    score            REAL NOT NULL,
    UNIQUE (chat_id, model_id, gap_minutes, first_message_id)
);

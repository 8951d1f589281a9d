-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Editors' accounts for the web UI. A password is kept only as its Argon2id hash, in the PHC
-- string format ('$argon2id$v=19$m=...,t=...,p=...$salt$hash'), which names its own parameters.
CREATE TABLE accounts (
    name          TEXT PRIMARY KEY,
    role          TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

-- Server-side sessions. The browser holds a random token; the database keeps only its SHA-256,
-- so a copy of the database opens no session. Each session has its own CSRF token.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64),
    account    TEXT NOT NULL REFERENCES accounts (name) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account);

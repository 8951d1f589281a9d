/**
 * Accounts of the web UI: Argon2id password hashes (Bouncy Castle's implementation), names and
 * passwords checked for what they may be, random tokens for sessions and CSRF, and the throttle
 * on failed logins. Takes names and passwords; gives hashes, verdicts and tokens. The accounts
 * themselves are stored by {@code org.reckon.store}.
 */
@NullMarked
package org.reckon.accounts;

import org.jspecify.annotations.NullMarked;

/**
 * Storage: takes documents (and later facts, decisions and the record) and keeps them in a SQLite
 * file or a PostgreSQL database, the schema kept by versioned Flyway migrations. One repository
 * code path serves both; every write of a document is one transaction.
 */
@NullMarked
package org.reckon.store;

import org.jspecify.annotations.NullMarked;

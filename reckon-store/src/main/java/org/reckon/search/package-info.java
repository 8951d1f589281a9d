/**
 * Full-text search: takes the stored documents and gives ranked hits with highlighted snippets,
 * from an Apache Lucene index held in memory and built when the server starts.
 */
@NullMarked
package org.reckon.search;

import org.jspecify.annotations.NullMarked;

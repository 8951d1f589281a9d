/**
 * The values that flow between Reckon's pipeline stages: documents now, facts and the record
 * later. All are immutable records without arrays; collections are copied on construction.
 */
@NullMarked
package org.reckon.model;

import org.jspecify.annotations.NullMarked;

/**
 * Evaluation: takes extractions and hand-made gold annotations (data-contract §4) and gives
 * precision, recall and F1 per fact type, scored exactly as data-contract §5 says.
 */
@NullMarked
package org.reckon.eval;

import org.jspecify.annotations.NullMarked;

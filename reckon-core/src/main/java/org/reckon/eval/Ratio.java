package org.reckon.eval;

/** A share of right answers: {@code right} of {@code total}. */
public record Ratio(int right, int total) {
  public static final Ratio ZERO = new Ratio(0, 0);

  Ratio plus(Ratio o) {
    return new Ratio(right + o.right, total + o.total);
  }

  Ratio add(boolean correct) {
    return new Ratio(right + (correct ? 1 : 0), total + 1);
  }

  public double value() {
    return total == 0 ? 1.0 : (double) right / total;
  }
}

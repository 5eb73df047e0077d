package uk.council.evidence.reports;

import java.util.Iterator;
import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * The rows of a report's table, read straight from a list rather than copied into maps or beans
 * first (a recording played often has thousands of custody events, an audit extract tens of
 * thousands), each field given in its printed form by {@link #field}.
 *
 * @param <T> what one row shows
 */
public abstract class ListRows<T> implements JRDataSource {

  private final Iterator<T> rows;
  private T current;

  protected ListRows(List<T> rows) {
    this.rows = rows.iterator();
  }

  /** The field called {@code name} of {@code row}, as printed. */
  protected abstract Object field(T row, String name);

  @Override
  public boolean next() {
    if (!rows.hasNext()) {
      current = null;
      return false;
    }
    current = rows.next();
    return true;
  }

  @Override
  public Object getFieldValue(JRField field) {
    return field(current, field.getName());
  }
}

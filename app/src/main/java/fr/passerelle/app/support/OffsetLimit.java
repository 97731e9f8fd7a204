package fr.passerelle.app.support;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page that starts at any offset: Vaadin's lazy data providers ask for rows by offset and limit,
 * which need not fall on a page boundary of that size.
 */
public record OffsetLimit(long offset, int limit, Sort sort) implements Pageable {

  public OffsetLimit {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset >= 0 and limit >= 1 expected");
    }
  }

  @Override
  public int getPageNumber() {
    return (int) (offset / limit);
  }

  @Override
  public int getPageSize() {
    return limit;
  }

  @Override
  public long getOffset() {
    return offset;
  }

  @Override
  public Sort getSort() {
    return sort;
  }

  @Override
  public Pageable next() {
    return new OffsetLimit(offset + limit, limit, sort);
  }

  @Override
  public Pageable previousOrFirst() {
    return new OffsetLimit(Math.max(0, offset - limit), limit, sort);
  }

  @Override
  public Pageable first() {
    return new OffsetLimit(0, limit, sort);
  }

  @Override
  public Pageable withPage(int pageNumber) {
    return new OffsetLimit((long) pageNumber * limit, limit, sort);
  }

  @Override
  public boolean hasPrevious() {
    return offset > 0;
  }
}

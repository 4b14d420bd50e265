package org.morgue.indexer.index;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Values by story position (0, 1, 2, … in reading order), for the build's per-story state between
 * passes: pages of 4,096 slots, grown as positions arrive. A concurrent map keyed by boxed
 * positions cost a node and a {@code Long} per story and per table and its resizing on every worker;
 * on 1.15M headlines that was over 100 MB more for the collector to copy during the first pass.
 * Thread-safe: {@link #put}, {@link #get} and {@link #remove} may run on any thread.
 */
final class PositionTable<T> {

  private static final int PAGE_BITS = 12;
  private static final int PAGE = 1 << PAGE_BITS;

  private volatile List<AtomicReferenceArray<T>> pages = List.of();
  private final AtomicInteger size = new AtomicInteger();

  /** Sets the value at a position (replacing any). */
  void put(long position, T value) {
    if (value == null) {
      throw new IllegalArgumentException("null value at position " + position);
    }
    if (page(position, true).getAndSet(slot(position), value) == null) {
      size.incrementAndGet();
    }
  }

  /** The value at a position, or null. */
  T get(long position) {
    AtomicReferenceArray<T> page = page(position, false);
    return page == null ? null : page.get(slot(position));
  }

  /** Removes and returns the value at a position, or null. */
  T remove(long position) {
    AtomicReferenceArray<T> page = page(position, false);
    T old = page == null ? null : page.getAndSet(slot(position), null);
    if (old != null) {
      size.decrementAndGet();
    }
    return old;
  }

  /** Number of positions holding a value. */
  int size() {
    return size.get();
  }

  /** Drops every value. */
  synchronized void clear() {
    pages = List.of();
    size.set(0);
  }

  /** The values in position order (a view: call when no thread writes any more). */
  Iterable<T> values() {
    List<AtomicReferenceArray<T>> snapshot = pages;
    return () -> new Iterator<T>() {
      private long next = advance(0);

      private long advance(long from) {
        long limit = (long) snapshot.size() * PAGE;
        long at = from;
        while (at < limit && snapshot.get((int) (at >>> PAGE_BITS)).get(slot(at)) == null) {
          at++;
        }
        return at;
      }

      @Override
      public boolean hasNext() {
        return next < (long) snapshot.size() * PAGE;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        T value = snapshot.get((int) (next >>> PAGE_BITS)).get(slot(next));
        next = advance(next + 1);
        return value;
      }
    };
  }

  private static int slot(long position) {
    return (int) (position & (PAGE - 1));
  }

  private AtomicReferenceArray<T> page(long position, boolean create) {
    if (position < 0 || (position >>> PAGE_BITS) >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException("story position out of range: " + position);
    }
    int index = (int) (position >>> PAGE_BITS);
    List<AtomicReferenceArray<T>> current = pages;
    if (index < current.size()) {
      return current.get(index);
    }
    return create ? grow(index) : null;
  }

  private synchronized AtomicReferenceArray<T> grow(int index) {
    List<AtomicReferenceArray<T>> current = pages;
    if (index >= current.size()) {
      List<AtomicReferenceArray<T>> grown =
          new ArrayList<>(Math.max(index + 1, current.size() * 2));
      grown.addAll(current);
      while (grown.size() <= index) {
        grown.add(new AtomicReferenceArray<>(PAGE));
      }
      pages = grown;
      current = grown;
    }
    return current.get(index);
  }
}

package org.morgue.server.search.investigate;

import java.util.Objects;

/** An outlet and how many stories of a set it published. */
public record Outlet(String name, long count) {
  public Outlet {
    Objects.requireNonNull(name, "name");
  }
}

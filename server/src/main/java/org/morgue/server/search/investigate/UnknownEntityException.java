package org.morgue.server.search.investigate;

/** No story names the requested entity: the HTTP layer answers 404. */
public final class UnknownEntityException extends RuntimeException {

  public UnknownEntityException(EntityRef entity) {
    super("no story names " + entity.type() + " '" + entity.value() + "'");
  }
}

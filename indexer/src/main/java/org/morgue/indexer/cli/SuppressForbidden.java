package org.morgue.indexer.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets one method or class use an API the build's forbidden-apis check refuses (the root pom lists
 * them), with the reason written beside it. The check reads class files, so class retention suffices.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE, ElementType.FIELD})
public @interface SuppressForbidden {

  /** Why this use is right here, for the next reader. */
  String reason();
}

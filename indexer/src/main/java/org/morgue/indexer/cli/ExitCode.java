package org.morgue.indexer.cli;

/** Exit codes of {@code morgue index}, documented in its {@code --help}. */
public enum ExitCode {
  /** Every input was indexed and the new index is published. */
  OK(0),
  /** The index could not be written (disk, permissions); the serving index is unchanged. */
  FAILED(1),
  /** Bad arguments or a missing input path; nothing was done. */
  USAGE(2),
  /** Some inputs were skipped (listed in the summary); everything else is indexed and published. */
  PARTIAL(3),
  /** Nothing could be indexed; the serving index is unchanged. */
  NOTHING_INDEXED(4),
  /** Another indexer is writing to the same index folder. */
  LOCKED(5);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}

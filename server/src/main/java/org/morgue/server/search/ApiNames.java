package org.morgue.server.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The API's names for enum parameters ({@code sort=newest}, {@code interval=week}…): the constant's
 * name in lower case, and one way of refusing any other value, so every such 400 reads alike.
 */
public final class ApiNames {

  private ApiNames() {}

  /** The lower-case name the API uses for a constant. */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant whose API name is {@code value}.
   *
   * @param parameter the parameter's name, for the error message
   * @throws InvalidRequestException naming the allowed values when there is none
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(value)) {
        return constant;
      }
    }
    throw new InvalidRequestException(
        InvalidRequestException.INVALID_PARAMETER,
        parameter + " must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(ApiNames::of)
                .collect(Collectors.joining(", "))
            + ", was '" + value + "'");
  }
}

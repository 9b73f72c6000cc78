package io.github.ackhybrid.examples;

import io.github.ackhybrid.core.exception.ValidationException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of an example program: flags such as {@code --real}, options with a value such as
 * {@code --region cn-shanghai}, and positional arguments. An unknown option or a missing value is
 * refused up front, so a typo never silently falls back to a default.
 */
final class CommandLine {
  /** The arguments that ask a program for its help text instead of running it. */
  static final Set<String> HELP = Set.of("--help", "-h");

  private final Set<String> flags;
  private final Map<String, String> options;
  private final List<String> positional;

  private CommandLine(Set<String> flags, Map<String, String> options, List<String> positional) {
    this.flags = flags;
    this.options = options;
    this.positional = positional;
  }

  /**
   * Parses arguments against the flags and options a program knows.
   *
   * @param args the arguments
   * @param knownFlags options without a value
   * @param knownOptions options followed by a value
   * @return the parsed arguments
   * @throws ValidationException naming the argument if it is unknown or lacks its value
   */
  static CommandLine parse(String[] args, Set<String> knownFlags, Set<String> knownOptions) {
    Set<String> flags = new HashSet<>();
    Map<String, String> options = new HashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (knownFlags.contains(arg)) {
        flags.add(arg);
      } else if (knownOptions.contains(arg)) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new ValidationException(arg, "needs a value");
        }
        options.put(arg, args[++i]);
      } else if (arg.startsWith("--")) {
        throw new ValidationException(arg, "is not an option of this program");
      } else {
        positional.add(arg);
      }
    }
    return new CommandLine(flags, options, positional);
  }

  /**
   * Tells whether the arguments ask for help: any of them is {@code --help} or {@code -h}. Checked
   * before parsing, so that help is shown even next to a mistyped option.
   */
  static boolean wantsHelp(String[] args) {
    return Arrays.stream(args).anyMatch(HELP::contains);
  }

  /**
   * Refuses positional arguments, for a program that takes none, so a stray word is not ignored.
   *
   * @throws ValidationException naming the first positional argument
   */
  void refusePositional() {
    if (!positional.isEmpty()) {
      throw new ValidationException(positional.get(0), "is not an argument of this program");
    }
  }

  /**
   * Builds a program's {@code --help} text: its usage line, what it does, one entry per option (the
   * help options last) and its exit statuses.
   */
  static String help(String usage, List<String> about, List<String> options, String exitStatus) {
    List<String> lines = new ArrayList<>(List.of(usage, ""));
    lines.addAll(about);
    lines.add("");
    lines.addAll(options);
    lines.add("  --help, -h          print this text");
    lines.add("");
    lines.add(exitStatus);
    return String.join("\n", lines);
  }

  /** Tells whether a flag was given. */
  boolean has(String flag) {
    return flags.contains(flag);
  }

  /** Returns an option's value, if given. */
  Optional<String> value(String option) {
    return Optional.ofNullable(options.get(option));
  }

  /** Returns an option's value, or the fallback when it was not given. */
  String value(String option, String fallback) {
    return options.getOrDefault(option, fallback);
  }

  /**
   * Returns an option's value as a whole number in a range.
   *
   * @throws ValidationException if the value is not a number in the range
   */
  int number(String option, int fallback, int min, int max) {
    String text = options.get(option);
    if (text == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(text);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Reported below with the accepted range.
    }
    throw new ValidationException(option, "must be a whole number from " + min + " to " + max + ", was \"" + text + "\"");
  }

  /**
   * Returns an option's value as a positive ISO-8601 duration such as {@code PT10M}.
   *
   * @throws ValidationException if the value is not a positive duration
   */
  Duration duration(String option, Duration fallback) {
    String text = options.get(option);
    if (text == null) {
      return fallback;
    }
    try {
      Duration d = Duration.parse(text);
      if (!d.isNegative() && !d.isZero()) {
        return d;
      }
    } catch (DateTimeParseException e) {
      // Reported below with the expected form.
    }
    throw new ValidationException(option, "must be a positive ISO-8601 duration such as PT10M, was \"" + text + "\"");
  }

  /** Returns the arguments that are neither flags nor options, in order. */
  List<String> positional() {
    return List.copyOf(positional);
  }
}

package io.github.ackhybrid.kube.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Splits PEM text into its blocks. Errors never quote the input, because PEM text is often a
 * private key.
 */
public final class Pem {
  private static final String BEGIN = "-----BEGIN ";
  private static final String END = "-----END ";
  private static final String DASHES = "-----";

  private Pem() {}

  /**
   * One {@code -----BEGIN label-----} block.
   *
   * @param label the label, such as {@code CERTIFICATE} or {@code RSA PRIVATE KEY}
   * @param encrypted whether RFC 1421 headers mark the block as encrypted
   * @param der the decoded body
   */
  public record Block(String label, boolean encrypted, byte[] der) {
    /**
     * Describes the block without its body, which may be a secret.
     *
     * @return the label and the body size
     */
    @Override
    public String toString() {
      return "Pem.Block{" + label + ", " + der.length + " bytes}";
    }
  }

  /**
   * Returns every block in the text, in order, ignoring text between blocks.
   *
   * @param text PEM text
   * @return the blocks, empty if the text has none
   * @throws IllegalArgumentException if a block is unterminated, mislabelled or not base64; the
   *     message names the block's label and line, never its content
   */
  public static List<Block> parse(String text) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = text.split("\r?\n|\r", -1);
    int i = 0;
    while (i < lines.length) {
      String line = lines[i].strip();
      if (!line.startsWith(BEGIN)) {
        i++;
        continue;
      }
      String label = label(line, BEGIN, i);
      int beginLine = i + 1;
      StringBuilder base64 = new StringBuilder();
      boolean encrypted = false;
      boolean inHeaders = true;
      i++;
      while (true) {
        if (i >= lines.length) {
          throw new IllegalArgumentException("PEM block " + label + " starting on line " + beginLine + " has no END line");
        }
        String body = lines[i].strip();
        i++;
        if (body.startsWith(END)) {
          if (!label(body, END, i - 1).equals(label)) {
            throw new IllegalArgumentException("PEM block " + label + " starting on line " + beginLine
                + " ends with a different label");
          }
          break;
        }
        if (inHeaders && body.indexOf(':') > 0) {
          // RFC 1421 headers, as OpenSSL writes for legacy encrypted keys ("Proc-Type: 4,ENCRYPTED").
          encrypted |= body.toUpperCase(Locale.ROOT).contains("ENCRYPTED");
          continue;
        }
        inHeaders = false;
        base64.append(body);
      }
      byte[] der;
      try {
        der = Base64.getDecoder().decode(base64.toString());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("PEM block " + label + " starting on line " + beginLine + " is not valid base64");
      }
      blocks.add(new Block(label, encrypted || label.startsWith("ENCRYPTED "), der));
    }
    return blocks;
  }

  private static String label(String line, String prefix, int index) {
    if (!line.endsWith(DASHES) || line.length() < prefix.length() + DASHES.length()) {
      throw new IllegalArgumentException("PEM boundary on line " + (index + 1) + " is malformed");
    }
    return line.substring(prefix.length(), line.length() - DASHES.length());
  }
}

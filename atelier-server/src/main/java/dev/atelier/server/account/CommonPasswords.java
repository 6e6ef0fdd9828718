package dev.atelier.server.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 10,000 most common passwords (resource {@code common-passwords.txt}: the top 10,000 of the
 * SecLists "10 million password list", see docs/accounts.md for its source and licence), compared
 * without regard to case, compatibility forms or surrounding white space. Loaded once on first use;
 * thread-safe.
 */
final class CommonPasswords {

  /** The resource, one password a line. */
  static final String RESOURCE = "common-passwords.txt";

  private CommonPasswords() {}

  private static final class Holder {
    static final Set<String> PASSWORDS = load();
  }

  /** Whether {@code password} is on the list. */
  static boolean contains(String password) {
    return Holder.PASSWORDS.contains(key(password));
  }

  /** How many distinct passwords the list holds once compared this way. */
  static int size() {
    return Holder.PASSWORDS.size();
  }

  private static String key(String password) {
    return Normalizer.normalize(password, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }

  private static Set<String> load() {
    Set<String> passwords = new HashSet<>(16_384);
    try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + RESOURCE + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty()) {
          passwords.add(key(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Set.copyOf(passwords);
  }
}

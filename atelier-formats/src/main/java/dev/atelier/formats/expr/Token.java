package dev.atelier.formats.expr;

/**
 * One lexical token of a rule expression, with its place in the source text. Immutable and
 * thread-safe.
 *
 * @param kind what kind of token
 * @param text the token's text (a string literal's content without quotes)
 * @param start offset of its first character in the expression text
 */
record Token(Kind kind, String text, int start) {

  /** Token kinds. */
  enum Kind {
    WORD("a name"),
    STRING("a quoted name"),
    LPAREN("'('"),
    RPAREN("')'"),
    LBRACE("'{'"),
    RBRACE("'}'"),
    COMMA("','"),
    PLUS("'+'"),
    MINUS("'-'"),
    STAR("'*'"),
    EQ("'='"),
    NE("'!='"),
    LT("'<'"),
    LE("'<='"),
    GT("'>'"),
    GE("'>='"),
    BANG("'!'"),
    AND("'&&'"),
    OR("'||'"),
    IMPLIES("'->'"),
    IFF("'<->'"),
    END("end of expression");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    String description() {
      return description;
    }
  }

  /** Whether this is the word {@code keyword}. */
  boolean isWord(String keyword) {
    return kind == Kind.WORD && text.equals(keyword);
  }

  /** Whether this is a name: a word that is not all digits, or a quoted string. */
  boolean isName() {
    return kind == Kind.STRING || (kind == Kind.WORD && !Names.isNumber(text));
  }

  /** Whether this is an unsigned decimal number. */
  boolean isNumber() {
    return kind == Kind.WORD && Names.isNumber(text);
  }

  /** How the token is described in "expected ..." messages. */
  String shown() {
    return switch (kind) {
      case WORD -> "'" + text + "'";
      case STRING -> "\"" + text + "\"";
      default -> kind.description();
    };
  }
}

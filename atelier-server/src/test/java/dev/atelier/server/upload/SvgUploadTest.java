package dev.atelier.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** SVG uploads: parsed without DTDs or entities, refused with scripts or outside references. */
class SvgUploadTest {
  private final UploadChecker checker = new UploadChecker(UploadLimits.DEFAULT);

  private static final String OPEN =
      "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'"
          + " width='200' height='100'>";

  private UploadVerdict check(String svg) {
    return checker.check(svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml");
  }

  private String refusal(String svg) {
    UploadVerdict v = check(svg);
    assertThat(v).as(svg).isInstanceOf(UploadVerdict.Refused.class);
    UploadVerdict.Refused r = (UploadVerdict.Refused) v;
    assertThat(r.field()).isEqualTo("file");
    assertThat(r.status()).isEqualTo(422);
    return r.reason();
  }

  @Test
  void aPlainSvgIsTakenWithItsSizeAndColours() {
    UploadVerdict.Accepted a =
        (UploadVerdict.Accepted)
            check(
                OPEN
                    + "<rect width='10' height='10' fill='#ff0000'/><circle r='4' fill='navy'"
                    + " stroke='#ff0000'/><use xlink:href='#a'/></svg>");
    assertThat(a.kind()).isEqualTo(ArtworkKind.SVG);
    assertThat(a.widthPx()).isEqualTo(200);
    assertThat(a.heightPx()).isEqualTo(100);
    assertThat(a.colours()).isEqualTo(2);
    assertThat(a.photo()).isFalse();
  }

  @Test
  void scriptsHandlersForeignObjectsAndOutsideReferencesAreRefused() {
    assertThat(refusal(OPEN + "<script>alert(1)</script></svg>")).contains("<script>");
    assertThat(refusal(OPEN + "<rect onclick='alert(1)'/></svg>")).contains("event handler");
    assertThat(refusal(OPEN.replace("<svg ", "<svg onload='alert(1)' ") + "</svg>"))
        .contains("onload");
    assertThat(refusal(OPEN + "<image xlink:href='http://evil.example/x.png'/></svg>"))
        .contains("refers outside");
    assertThat(refusal(OPEN + "<a href='javascript:alert(1)'><rect/></a></svg>"))
        .contains("refers outside");
    assertThat(refusal(OPEN + "<foreignObject><div/></foreignObject></svg>"))
        .contains("foreignObject");
    assertThat(refusal(OPEN + "<rect style='fill:url(http://x/y)'/></svg>"))
        .contains("refers outside");
    assertThat(refusal(OPEN + "<style>@import url(http://x/a.css);</style></svg>"))
        .contains("style sheet");
  }

  @Test
  void doctypesAndEntitiesAreRefusedSoNoXxeIsPossible() {
    String xxe =
        "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
            + OPEN
            + "<text>&x;</text></svg>";
    assertThat(refusal(xxe)).contains("without DTD or entities");
    String billion =
        "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;'>]>"
            + OPEN
            + "<text>&b;</text></svg>";
    assertThat(refusal(billion)).contains("without DTD or entities");
  }

  @Test
  void xmlThatIsNoSvgOrHasNoSizeIsRefused() {
    assertThat(refusal("<?xml version='1.0'?><html/>")).contains("not an SVG");
    assertThat(refusal("<svg xmlns='http://www.w3.org/2000/svg'></svg>")).contains("width");
  }

  @Test
  void theBlocklistFindsWordsWhateverTheirDisguise() {
    TextBlocklist list = TextBlocklist.shipped();
    assertThat(list.blocked("Love from Scunthorpe")).isEmpty();
    assertThat(list.blocked("ANNA & MAX")).isEmpty();
    assertThat(list.blocked("you sh1t!")).contains("sh1t");
    assertThat(list.blocked("FÜCK")).contains("FÜCK");
    // Look-alikes: Cyrillic с and а, Greek ο, fullwidth letters, a ligature.
    assertThat(list.blocked("fu\u0441k you")).contains("fu\u0441k");
    assertThat(list.blocked("n\u0430zi")).contains("n\u0430zi");
    assertThat(list.blocked("hitl\u0435r")).isPresent();
    assertThat(list.blocked("\uff46\uff55\uff43\uff4b")).isPresent();
    assertThat(list.blocked("\ufb00aggot")).isEmpty(); // ff ligature: "ffaggot" is no word
    assertThat(list.blocked("sh\u0131t")).isPresent(); // dotless i
    assertThat(list.blocked("\u0405H1T")).isPresent(); // Cyrillic DZE as S
    assertThat(list.blocked("fu\u200bck")).isPresent(); // a zero-width space splits no word
    assertThat(list.blocked("\u202ekcuf fu\u00adck")).isPresent(); // bidi override, soft hyphen
  }

  @Test
  void outsideReferencesHiddenBesideInsideOnesOrBehindABaseAreRefused() {
    assertThat(
            refusal(OPEN + "<rect style='fill:url(#a);stroke:url(http://evil.example/x)'/></svg>"))
        .contains("refers outside");
    assertThat(refusal(OPEN + "<rect fill='url(#a) url(//evil.example/x)'/></svg>"))
        .contains("refers outside");
    assertThat(refusal(OPEN + "<style>@IMPORT 'http://evil.example/a.css';</style></svg>"))
        .contains("style sheet");
    assertThat(refusal(OPEN + "<style>rect{fill:u\\72l(http://evil.example/y)}</style></svg>"))
        .contains("style sheet");
    assertThat(refusal(OPEN + "<rect style='fill:u\\72l(http://evil.example/y)'/></svg>"))
        .contains("refers outside");
    assertThat(refusal(OPEN + "<g xml:base='http://evil.example/'><use href='#a'/></g></svg>"))
        .contains("xml:base");
    assertThat(
            refusal(
                OPEN
                    + "<a href='#x'><set attributeName='href' to='java&#9;script:alert(1)'/>"
                    + "<rect id='x' width='5' height='5'/></a></svg>"))
        .contains("<set>");
  }

  @Test
  void whatBatikWouldChokeOnIsRefusedBeforeItIsStored() {
    String deep = OPEN + "<g>".repeat(100_000) + "</g>".repeat(100_000) + "</svg>";
    assertThat(refusal(deep)).contains("nested");
    StringBuilder bomb = new StringBuilder(OPEN + "<defs><rect id='l0' width='1' height='1'/>");
    for (int level = 1; level <= 9; level++) {
      bomb.append("<g id='l").append(level).append("'>");
      for (int i = 0; i < 10; i++) {
        bomb.append("<use href='#l").append(level - 1).append("'/>");
      }
      bomb.append("</g>");
    }
    assertThat(refusal(bomb.append("</defs><use href='#l9'/></svg>").toString()))
        .contains("elements");
    assertThat(refusal(OPEN + "<g id='a'><use href='#a'/></g></svg>")).contains("itself");
    assertThat(refusal(OPEN + "<rect/>".repeat(30_000) + "</svg>")).contains("elements");
    assertThat(refusal(OPEN + "<text>" + "W".repeat(5_000_000) + "</text></svg>"))
        .contains("characters of text");
    // Dashes a thousandth of a unit long: Batik took 35 s on one 4096 px rendering (loaded box).
    String path = "<path d='M0 0 L1000 1000 L0 1000 Z' stroke='black' ";
    assertThat(refusal(OPEN + path + "stroke-dasharray='0.001'/></svg>")).contains("dashed");
    assertThat(refusal(OPEN + path + "style='stroke-dasharray:0.001'/></svg>")).contains("dashed");
    assertThat(refusal(OPEN + "<style>path{stroke-dasharray:.001}</style></svg>"))
        .contains("dashed");
    assertThat(
            refusal(
                OPEN
                    + "<filter id='f'><feTurbulence numOctaves='1000000'/></filter>"
                    + "<rect filter='url(#f)' width='9' height='9'/></svg>"))
        .contains("<filter>");
    assertThat(
            refusal(
                OPEN.replace("width='200'", "viewBox='0 0 1e-300 1e-300' width='200'") + "</svg>"))
        .contains("viewBox");
  }

  @Test
  void textInAnSvgMeetsTheBlocklistToo() {
    assertThat(refusal(OPEN + "<text x='1' y='9'>you sh1t</text></svg>")).contains("sh1t");
    assertThat(check(OPEN + "<text x='1' y='9'>Scunthorpe</text></svg>"))
        .isInstanceOf(UploadVerdict.Accepted.class);
  }
}

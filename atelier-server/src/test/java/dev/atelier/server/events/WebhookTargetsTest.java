package dev.atelier.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which webhook URLs are refused without an allowlist, and what an allowlist lets through. */
class WebhookTargetsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/hook",
        "http://127.1.2.3/",
        "http://0:9/",
        "http://0.0.0.0/",
        "http://[::1]:9/",
        "http://[::]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://localhost/",
        "http://10.1.2.3/",
        "http://172.16.0.1/",
        "http://172.31.255.255/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://[fd12:3456::1]/",
        "http://224.0.0.1/",
        "http://[ff02::1]/",
        "http://255.255.255.255/",
        "http://[64:ff9b::a9fe:a9fe]/",
        "http://[2002:7f00:1::]/",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://017700000001/"
      })
  void nonPublicAddressesAreRefusedWithoutAnAllowlist(String url) {
    WebhookTargets.Checked checked = WebhookTargets.PUBLIC_ONLY.check(url);
    assertThat(checked.target()).as(url).isNull();
    assertThat(checked.problem()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://user:pw@8.8.8.8/",
        "http://user@8.8.8.8/",
        "https://:pw@8.8.8.8/",
        "ftp://8.8.8.8/",
        "http:///nohost",
        "http://8.8.8.8/#fragment",
        "not a url"
      })
  void credentialsOtherSchemesAndBrokenUrlsAreRefused(String url) {
    WebhookTargets.Checked checked = WebhookTargets.allowing("0.0.0.0/0", "::/0").check(url);
    assertThat(checked.target()).as(url).isNull();
  }

  /**
   * IPv4 forms glibc or curl read differently from Java (octal, hex, shortened, leading zeros) are
   * refused by their shape, even where every address is allowed.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://0177.0.0.1/",
        "http://0177.1/",
        "http://010.0.0.1/",
        "http://8.8.8.08/",
        "http://08.8.8.8/",
        "http://0x7f.0.0.1/",
        "http://0X7F.0.0.1/",
        "http://0x08.0x08.0x08.0x08/",
        "http://0x/",
        "http://127.1/",
        "http://127.0.1/",
        "http://8.8.2056/",
        "http://134744072/",
        "http://0x8080808/",
        "http://01002004010/",
        "http://256.1.1.1/",
        "http://1.2.3.4.5/",
        "http://8.8.8.8./",
        "http://example.com.8/",
        "http://[::ffff:0177.0.0.1]/",
        "http://[::ffff:8.8.8.010]/"
      })
  void ipv4FormsOtherToolsReadDifferentlyAreRefused(String url) {
    WebhookTargets.Checked checked = WebhookTargets.allowing("0.0.0.0/0", "::/0").check(url);
    assertThat(checked.target()).as(url).isNull();
    assertThat(checked.problem()).as(url).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://0177.0.0.1/", "http://0x7f000001/", "http://2130706433/"})
  void theRefusalSaysHowToWriteTheAddress(String url) {
    assertThat(WebhookTargets.shapeProblem(url)).as(url).contains("four decimal numbers 0-255");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://8.8.8.8/", "http://0.0.0.0/", "http://[::ffff:8.8.8.8]/"})
  void canonicalDottedQuadsPassTheShapeCheck(String url) {
    assertThat(WebhookTargets.shapeProblem(url)).as(url).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://8.8.8.8/hook", "https://1.1.1.1:8443/x?y=1", "http://[2606:4700::1111]/"})
  void publicAddressesAreAllowed(String url) {
    WebhookTargets.Checked checked = WebhookTargets.PUBLIC_ONLY.check(url);
    assertThat(checked.problem()).as(url).isNull();
    assertThat(checked.target().uri().toString()).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:9/hook", "http://127.0.0.2/", "http://localhost:9/"})
  void anAllowlistLetsItsRangeThroughAndNothingElse(String url) {
    WebhookTargets loopback = WebhookTargets.allowing("127.0.0.0/8", "::1");
    WebhookTargets.Checked checked = loopback.check(url);
    assertThat(checked.problem()).as(url).isNull();
    assertThat(checked.target().address().isLoopbackAddress()).isTrue();
    assertThat(loopback.check("http://10.0.0.1/").target()).isNull();
    assertThat(loopback.check("http://169.254.169.254/").target()).isNull();
  }
}

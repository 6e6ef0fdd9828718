package dev.atelier.server;

import dev.atelier.server.account.AccountService;
import dev.atelier.server.account.AccountSettings;
import dev.atelier.server.analytics.DesignEventRecorder;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.db.Database;
import dev.atelier.server.events.WebhookTargets;
import dev.atelier.server.http.Authenticator;
import dev.atelier.server.http.Nullable;
import dev.atelier.server.http.Require;

/**
 * What {@link AtelierApi} builds its route table and server from: the catalogue, the database (open
 * and migrated; the caller closes it after the server), the options, and the parts a caller may
 * replace (null: the standard one). Start from {@link #of} and replace parts with the {@code
 * with...} methods or {@link #toBuilder()}. Immutable; thread-safe when its parts are.
 *
 * @param catalogue the products
 * @param database where everything is stored
 * @param options how the server runs
 * @param settings the account settings of the account service made when {@code accounts} is null
 * @param accounts the account service, or null for one at {@code settings}
 * @param authenticator who calls, or null for the account service's sessions and API tokens
 * @param recorder where design events go (the caller closes it after the server and before the
 *     database), or null for one of the API's own (a started server closes it)
 * @param webhookTargets where webhooks may be registered to (public addresses and an allowlist)
 */
public record ApiWiring(
    Catalogue catalogue,
    Database database,
    ServerOptions options,
    AccountSettings settings,
    @Nullable AccountService accounts,
    @Nullable Authenticator authenticator,
    @Nullable DesignEventRecorder recorder,
    WebhookTargets webhookTargets) {

  public ApiWiring {
    Require.nonNull(
        "webhookTargets catalogue database options settings",
        webhookTargets,
        catalogue,
        database,
        options,
        settings);
  }

  /** The API on {@code catalogue} and {@code database} with the standard parts. */
  public static ApiWiring of(Catalogue catalogue, Database database, ServerOptions options) {
    return new ApiWiring(
        catalogue,
        database,
        options,
        AccountSettings.standard(),
        null,
        null,
        null,
        WebhookTargets.PUBLIC_ONLY);
  }

  /** A builder starting from this wiring. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Accounts behaving as {@code settings} say (tests: cheap hashing). */
  public ApiWiring withSettings(AccountSettings settings) {
    return toBuilder().settings(settings).accounts(null).build();
  }

  /** Callers sign in through {@code accounts}. */
  public ApiWiring withAccounts(AccountService accounts) {
    return toBuilder().accounts(accounts).build();
  }

  /** {@code authenticator} says who calls (tests of other features pass their own). */
  public ApiWiring withAuthenticator(Authenticator authenticator) {
    return toBuilder().authenticator(authenticator).build();
  }

  /** Design events go to {@code recorder}, which the caller flushes and closes. */
  public ApiWiring withRecorder(DesignEventRecorder recorder) {
    return toBuilder().recorder(recorder).build();
  }

  /** Webhooks may go to public addresses and to those {@code targets} allow. */
  public ApiWiring withWebhookTargets(WebhookTargets targets) {
    return toBuilder().webhookTargets(targets).build();
  }

  /** The account service: the given one, else a new one at {@code settings}. */
  AccountService accountService() {
    return accounts != null ? accounts : new AccountService(database, settings);
  }

  /**
   * A wiring with some parts replaced: the one place that copies every part, so a new part is added
   * here and in the record's components. Not thread-safe.
   */
  public static final class Builder {
    private Catalogue catalogue;
    private Database database;
    private ServerOptions options;
    private AccountSettings settings;
    private @Nullable AccountService accounts;
    private @Nullable Authenticator authenticator;
    private @Nullable DesignEventRecorder recorder;
    private WebhookTargets webhookTargets;

    private Builder(ApiWiring from) {
      catalogue = from.catalogue;
      database = from.database;
      options = from.options;
      settings = from.settings;
      accounts = from.accounts;
      authenticator = from.authenticator;
      recorder = from.recorder;
      webhookTargets = from.webhookTargets;
    }

    /** The products. */
    public Builder catalogue(Catalogue value) {
      catalogue = value;
      return this;
    }

    /** Where everything is stored. */
    public Builder database(Database value) {
      database = value;
      return this;
    }

    /** How the server runs. */
    public Builder options(ServerOptions value) {
      options = value;
      return this;
    }

    /** The account settings of the account service made when there is none given. */
    public Builder settings(AccountSettings value) {
      settings = value;
      return this;
    }

    /** The account service, or null for one at the settings. */
    public Builder accounts(@Nullable AccountService value) {
      accounts = value;
      return this;
    }

    /** Who calls, or null for the account service's sessions and API tokens. */
    public Builder authenticator(@Nullable Authenticator value) {
      authenticator = value;
      return this;
    }

    /** Where design events go, or null for one of the API's own. */
    public Builder recorder(@Nullable DesignEventRecorder value) {
      recorder = value;
      return this;
    }

    /** Where webhooks may be registered to. */
    public Builder webhookTargets(WebhookTargets value) {
      webhookTargets = value;
      return this;
    }

    /** The wiring as built. */
    public ApiWiring build() {
      return new ApiWiring(
          catalogue,
          database,
          options,
          settings,
          accounts,
          authenticator,
          recorder,
          webhookTargets);
    }
  }
}

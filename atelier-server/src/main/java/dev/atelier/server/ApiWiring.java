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
 * with...} methods. Immutable; thread-safe when its parts are.
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

  /** Accounts behaving as {@code settings} say (tests: cheap hashing). */
  public ApiWiring withSettings(AccountSettings settings) {
    return new ApiWiring(
        catalogue, database, options, settings, null, authenticator, recorder, webhookTargets);
  }

  /** Callers sign in through {@code accounts}. */
  public ApiWiring withAccounts(AccountService accounts) {
    return new ApiWiring(
        catalogue, database, options, settings, accounts, authenticator, recorder, webhookTargets);
  }

  /** {@code authenticator} says who calls (tests of other features pass their own). */
  public ApiWiring withAuthenticator(Authenticator authenticator) {
    return new ApiWiring(
        catalogue, database, options, settings, accounts, authenticator, recorder, webhookTargets);
  }

  /** Design events go to {@code recorder}, which the caller flushes and closes. */
  public ApiWiring withRecorder(DesignEventRecorder recorder) {
    return new ApiWiring(
        catalogue, database, options, settings, accounts, authenticator, recorder, webhookTargets);
  }

  /** Webhooks may go to public addresses and to those {@code targets} allow. */
  public ApiWiring withWebhookTargets(WebhookTargets targets) {
    return new ApiWiring(
        catalogue, database, options, settings, accounts, authenticator, recorder, targets);
  }

  /** The account service: the given one, else a new one at {@code settings}. */
  AccountService accountService() {
    return accounts != null ? accounts : new AccountService(database, settings);
  }
}

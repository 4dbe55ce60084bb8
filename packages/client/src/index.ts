// The client code the storefront, admin and till share. Named re-exports only: several modules are "use client", and
// Next needs to see each name that crosses into server components.

export { apiUrl, healthUrl, mediaUploadUrl, mediaUrl, wsUrl } from "./api-config";
export { ClientProviders } from "./app-providers";
export { authFetch, freshAccessToken, refreshAccessToken } from "./auth-fetch";
export { type ApiErrorCode, apiErrorCode, errorDetail, fieldErrorsOf, retryAfterSecondsOf } from "./graphql-errors";
export { LocaleSwitcher } from "./locale-switcher";
export { MediaImage } from "./media-image";
export { DEFAULT_LOCALE, isLocale, LOCALE_NAMES, LOCALES, type Locale } from "./locales";
export { formatFen, formatFenRange } from "./money";
export { clearSession, readSession, reloadSession, type Session, saveSession, useSession } from "./session-store";
export { EmptyState, ErrorState, errorMessageKey, LoadingState } from "./state-views";
export {
  type ClientMessageKey,
  type MessageKey,
  type Messages,
  MessagesProvider,
  type Register,
  T,
  type Translate,
  useT,
} from "./translations";
export { createGraphqlClient, GraphqlProvider, resetSubscriptions } from "./urql-client";
export { applyLocalePolicy, HtmlLang, type LocalePolicy, setLocale, useLocale, useOfferedLocales } from "./use-locale";
export { hasPermission, ME_QUERY, type Me, type PermissionGrant, useSignOut, useViewer, type ViewerState } from "./use-viewer";

// UI strings per language (web/i18n/<lang>.json), the chosen language (kept in localStorage),
// model labels ({en: ..., de: ...}) and money in the chosen language.

import { ApiError, getJson } from './http.js';

/** The languages of the UI: tag → name shown in the switch. Add a dictionary for each. */
export const LANGUAGES = { en: 'English', de: 'Deutsch' };
const FALLBACK = 'en';
const STORAGE_KEY = 'atelier.language';
const LOCALES = { en: 'en-GB', de: 'de-DE' };

const dictionaries = {};
let current = FALLBACK;

async function load(language) {
  if (!dictionaries[language]) {
    dictionaries[language] = await getJson(`/i18n/${language}.json`).catch((e) => {
      if (e instanceof ApiError) return {};
      throw e;
    });
  }
  return dictionaries[language];
}

function initial() {
  let stored = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // storage may be disabled
  }
  if (stored && LANGUAGES[stored]) return stored;
  const browser = (navigator.language || FALLBACK).slice(0, 2).toLowerCase();
  return LANGUAGES[browser] ? browser : FALLBACK;
}

let started = null;

/**
 * Loads the dictionaries of the stored (or browser) language, once per page: a later call (the
 * account header's redraw after a switch) must not set the language back to the stored one.
 */
export function initI18n() {
  started ??= setLanguage(initial(), false);
  return started;
}

/** Switches the language; remember=true keeps the choice for the next visit. */
export async function setLanguage(language, remember = true) {
  await Promise.all([load(FALLBACK), load(language)]);
  const changed = current !== language;
  current = language;
  document.documentElement.lang = language;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // storage may be disabled
    }
  }
  // The header (account/header.js) and other listeners redraw their texts (the choice is stored
  // first: a listener reading it sees the new language).
  if (changed) document.dispatchEvent(new CustomEvent('atelier:language', { detail: language }));
}

/** The current language tag. */
export function language() {
  return current;
}

/** The UI string for key, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const text = dictionaries[current]?.[key] ?? dictionaries[FALLBACK]?.[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? params[name] : whole));
}

/** Like t, with the count in params: the key's ".one" form when count is 1 and there is one. */
export function tn(key, count, params = {}) {
  const one = `${key}.one`;
  const has = (k) => dictionaries[current]?.[k] !== undefined || dictionaries[FALLBACK]?.[k] !== undefined;
  return t(count === 1 && has(one) ? one : key, { ...params, count });
}

/**
 * A model label ({en: ..., de: ...}) in the current language, else English, else the first; the
 * fallback when there is none.
 */
export function label(texts, fallback = '') {
  if (!texts) return fallback;
  return texts[current] ?? texts[FALLBACK] ?? Object.values(texts)[0] ?? fallback;
}

/** An amount in minor units as money in the current language. */
export function money(minor, currency) {
  return new Intl.NumberFormat(LOCALES[current] || current, {
    style: 'currency',
    currency: currency || 'EUR',
  }).format(minor / 100);
}

/** A number (e.g. 7.5 minutes) in the current language. */
export function number(value) {
  return new Intl.NumberFormat(LOCALES[current] || current).format(value);
}

/** Joins names as "a, b and c" in the current language. */
export function list(names) {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${t('list.and')} ${names[names.length - 1]}`;
}

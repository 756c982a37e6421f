// Where the production build is hosted, and the manifest rewrite that points Excel there.
'use strict';

/** Default host of the production build; override with HC_PRODUCTION_URL (must be https). */
const DEFAULT_PRODUCTION_URL = 'https://hc-planner.github.io/hc-planner/';

/** Every development URL in manifest.xml: https://localhost:3000/… (any port, with or without a path). */
const LOCALHOST_URL = /https?:\/\/localhost(?::\d+)?\/?/g;

/** The production base URL from the environment, with a trailing slash; throws unless it is https. */
function productionBaseUrl(env = process.env) {
  const raw = env.HC_PRODUCTION_URL || DEFAULT_PRODUCTION_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`HC_PRODUCTION_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:' || url.hostname === 'localhost') {
    throw new Error(`HC_PRODUCTION_URL must be an https URL that is not localhost (Office requires it): ${raw}`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The manifest with every localhost URL pointing at the production base URL instead. */
const toProductionManifest = (xml, baseUrl) => xml.replace(LOCALHOST_URL, baseUrl);

module.exports = { DEFAULT_PRODUCTION_URL, productionBaseUrl, toProductionManifest };

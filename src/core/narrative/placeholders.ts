/**
 * Placeholders of a drafted 情况说明 (【…请填写】): written by the generator, recognised by the
 * narrative rules (a reason still to be written is one warning, not a missing reason).
 */

/** The reason placeholder a change sentence carries until the user writes the reason. */
export const REASON_PLACEHOLDER = '【主要原因：请填写】';

/** Any placeholder of the generated text ("【…请填写…】"). */
export const PLACEHOLDER_RE = /【[^】]*请填写[^】]*】/g;

// What each role finds in the header and where it lands after signing in. Labels are UI keys
// (i18n/<lang>.json); the server still checks every request (http/Access.java).

const LINKS = {
  floor: { key: 'header.floor', href: '/staff/index.html' },
  analytics: { key: 'header.analytics', href: '/analytics/index.html' },
  inboxes: { key: 'header.inboxes', href: '/analytics/inbox.html' },
  input: { key: 'header.input', href: '/staff/wish.html' },
  studio: { key: 'header.studio', href: '/studio/index.html' },
  users: { key: 'header.users', href: '/account/admin.html' },
  tokens: { key: 'header.tokens', href: '/account/admin.html' },
  webhooks: { key: 'header.webhooks', href: '/account/webhooks.html' },
  designs: { key: 'header.designs', href: '/account/designs.html' },
  orders: { key: 'header.orders', href: '/orders/index.html' },
  profile: { key: 'header.profile', href: '/account/profile.html' },
};

const BY_ROLE = {
  CUSTOMER: ['designs', 'orders', 'profile'],
  STAFF: ['floor', 'input', 'orders', 'profile'],
  PRODUCT_MANAGER: ['studio', 'analytics', 'inboxes', 'input', 'tokens', 'orders', 'profile'],
  ADMIN: ['floor', 'studio', 'analytics', 'inboxes', 'input', 'users', 'webhooks', 'orders', 'profile'],
};

const HOME = {
  STAFF: '/staff/index.html',
  PRODUCT_MANAGER: '/analytics/index.html',
  ADMIN: '/account/admin.html',
};

/** The header links of a role: [{key, href}], in order. */
export function linksFor(role) {
  return (BY_ROLE[role] ?? BY_ROLE.CUSTOMER).map((id) => ({ id, ...LINKS[id] }));
}

/** Where a role lands after signing in without a ?next=: staff on the floor, customers on their profile. */
export function homeFor(role) {
  return HOME[role] ?? '/account/profile.html';
}

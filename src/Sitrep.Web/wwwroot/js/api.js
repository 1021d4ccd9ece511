// Talks to the JSON API. The token lives in sessionStorage (this tab only) and goes with every request,
// which a private server needs for reading too.

const TOKEN = 'sitrep.token';
const REVIEWER = 'sitrep.reviewer';

export const access = {
  get token() { return sessionStorage.getItem(TOKEN) || ''; },
  set token(v) { v ? sessionStorage.setItem(TOKEN, v) : sessionStorage.removeItem(TOKEN); },
  get reviewer() { return localStorage.getItem(REVIEWER) || ''; },
  set reviewer(v) { v ? localStorage.setItem(REVIEWER, v) : localStorage.removeItem(REVIEWER); },
};

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error : `the server answered ${status}`);
    this.status = status;
    this.parameter = body ? body.parameter : null;
  }
}

async function request(method, url, body) {
  const headers = { Accept: 'application/json' };
  if (access.token) headers.Authorization = `Bearer ${access.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

export const getJson = url => request('GET', url);
export const postJson = (url, body) => request('POST', url, body);

/** Every incident matching the filters, a page of 500 at a time, up to a cap so a huge store stays responsive. */
export async function allEvents(params, cap = 5000) {
  const items = [];
  let total = 0;
  for (let page = 1; items.length < cap; page++) {
    const q = new URLSearchParams(params);
    q.set('page', page);
    q.set('page_size', 500);
    const data = await getJson(`/api/events?${q}`);
    items.push(...data.items);
    total = data.total ?? items.length;
    if (data.items.length < 500) break;
  }
  return { items, total };
}

// The API client: GET with query parameters, JSON errors surfaced as Error messages, article cache for evidence.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function get(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const url = q.toString() ? `${path}?${q}` : path;
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body;
}

const articles = new Map();

/** One article with its sentences and layers, cached: evidence panels open many sentences of few articles. */
export function article(id) {
  if (!articles.has(id)) articles.set(id, get(`/api/articles/${encodeURIComponent(id)}`).catch((e) => {
    articles.delete(id);
    throw e;
  }));
  return articles.get(id);
}

export function forgetArticles() {
  articles.clear();
}

/** POST a JSON body with upload progress (fetch cannot report it). */
export function postJson(path, body, onUpload) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => e.lengthComputable && onUpload?.(e.loaded, e.total);
    xhr.onload = () => (xhr.status < 300 ? resolve(xhr.response) : reject(new ApiError(xhr.status, xhr.response?.error?.message ?? `HTTP ${xhr.status}`)));
    xhr.onerror = () => reject(new ApiError(0, 'network error'));
    xhr.send(JSON.stringify(body));
  });
}

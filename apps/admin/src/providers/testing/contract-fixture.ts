// A protocol fixture, not a fake API: a node:http server that speaks docs/api.md (cookie session, CSRF header,
// react-admin list shape, problem+json errors, optimistic locking) so the providers are tested over real HTTP.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Problem, type ProblemCode, PROBLEM_CONTENT_TYPE, ZProblem } from '@bcdnq/domain/common';
import type { FetchLike } from '../http';

export type SeenRequest = {
  method: string;
  url: string;
  csrf: string | undefined;
  body: unknown;
  contentType: string | undefined;
};

type StoredRecord = { id: string; version: number } & Record<string, unknown>;

export type ContractFixture = {
  apiUrl: string;
  requests: SeenRequest[];
  records: Map<string, StoredRecord>;
  close(): Promise<void>;
};

const USER = {
  id: '0b7d1c1e-6a4b-4e6f-9d8e-1a2b3c4d5e6f',
  username: 'admin',
  fullName: 'Quản trị hệ thống',
  role: 'admin',
  agencyId: null,
  agencyName: null,
};
export const FIXTURE_PASSWORD = 'demo12345';

function problem(
  res: ServerResponse,
  status: number,
  code: ProblemCode,
  message: string,
  extra: Pick<Problem, 'errors' | 'details'> = {},
) {
  res.writeHead(status, { 'content-type': PROBLEM_CONTENT_TYPE, 'x-correlation-id': randomUUID() });
  const body: Problem = { status, code, message, messageEn: `${code} (en)`, correlationId: 'test', ...extra };
  res.end(JSON.stringify(ZProblem.parse(body)));
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  // Uploads are kept as text so tests can look for the parts they sent.
  return (req.headers['content-type'] ?? '').startsWith('multipart/form-data')
    ? text
    : (JSON.parse(text) as unknown);
}

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export async function startContractFixture(): Promise<ContractFixture> {
  const sessions = new Map<string, string>(); // sid → csrf token
  const requests: SeenRequest[] = [];
  const records = new Map<string, StoredRecord>();

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fixture');
      const method = req.method ?? 'GET';
      const body = await readJson(req);
      const csrfHeader = req.headers['x-csrf-token'];
      const csrf = Array.isArray(csrfHeader) ? csrfHeader[0] : csrfHeader;
      requests.push({
        method,
        url: `${url.pathname}${url.search}`,
        csrf,
        body,
        contentType: req.headers['content-type'],
      });

      if (method === 'POST' && url.pathname === '/api/auth/login') {
        const { username, password } = (body ?? {}) as { username?: string; password?: string };
        if (username !== USER.username || password !== FIXTURE_PASSWORD) {
          return problem(res, 401, 'UNAUTHENTICATED', 'Tên đăng nhập hoặc mật khẩu không đúng');
        }
        const sid = randomUUID();
        const csrfToken = randomUUID();
        sessions.set(sid, csrfToken);
        return json(
          res,
          200,
          { ...USER, csrfToken },
          { 'set-cookie': `sid=${sid}; HttpOnly; SameSite=Strict; Path=/` },
        );
      }

      const sid = cookieOf(req, 'sid');
      const token = sid ? sessions.get(sid) : undefined;
      if (!sid || !token) return problem(res, 401, 'UNAUTHENTICATED', 'Phiên đăng nhập đã hết hạn');
      if (!['GET', 'HEAD'].includes(method) && csrf !== token) {
        return problem(res, 403, 'FORBIDDEN', 'Thiếu mã chống giả mạo yêu cầu');
      }

      if (url.pathname === '/api/auth/me') return json(res, 200, { ...USER, csrfToken: token });
      if (method === 'POST' && url.pathname === '/api/auth/logout') {
        sessions.delete(sid);
        res.writeHead(204, { 'set-cookie': 'sid=; Max-Age=0; Path=/' });
        return res.end();
      }

      // Files: a workbook with an RFC 6266 name, as the API sends exports.
      if (method === 'GET' && url.pathname === '/api/tasks/export.xlsx') {
        res.writeHead(200, {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename="Danh-sach.xlsx"; filename*=UTF-8''${encodeURIComponent('Danh sách nhiệm vụ.xlsx')}`,
        });
        return res.end(Buffer.from('PK\u0003\u0004 workbook'));
      }
      if (method === 'POST' && url.pathname.startsWith('/api/tasks/') && url.pathname.endsWith('/notes')) {
        return json(res, 201, {
          id: randomUUID(),
          taskId: url.pathname.split('/')[3],
          text: 'ok',
          authorId: USER.id,
          authorName: USER.fullName,
          agencyId: null,
          statusEvent: null,
          attachments: [],
          createdAt: '2024-03-01T08:00:00+07:00',
        });
      }

      const [, , resource, id] = url.pathname.split('/');
      if (!resource) return problem(res, 404, 'NOT_FOUND', 'Không tìm thấy');
      const all = [...records.values()];
      if (method === 'GET' && !id) {
        const ids = url.searchParams.getAll('id');
        const data = ids.length ? all.filter((r) => ids.includes(r.id)) : all;
        return json(res, 200, { data, total: data.length });
      }
      if (method === 'POST' && !id) {
        const record = { ...(body as object), id: randomUUID(), version: 1 };
        records.set(record.id, record);
        return json(res, 201, record);
      }
      const record = id ? records.get(id) : undefined;
      if (!record) return problem(res, 404, 'NOT_FOUND', 'Không tìm thấy bản ghi');
      if (method === 'GET') return json(res, 200, record);
      if (method === 'DELETE') {
        records.delete(record.id);
        res.writeHead(204);
        return res.end();
      }
      if (method === 'PUT') {
        const change = (body ?? {}) as Record<string, unknown>;
        if (change.version !== record.version) {
          return problem(
            res,
            409,
            'CONFLICT',
            'Bản ghi đã được người khác cập nhật. Vui lòng tải lại trước khi sửa.',
            {
              details: {
                currentVersion: record.version,
                yourVersion: change.version,
                changedFields: ['title'],
              },
            },
          );
        }
        if (typeof change.title === 'string' && change.title.trim().length < 3) {
          return problem(res, 400, 'VALIDATION', 'Dữ liệu chưa hợp lệ', {
            errors: { title: 'Nhập trích yếu kế hoạch', root: { serverError: 'Dữ liệu chưa hợp lệ' } },
          });
        }
        const updated = { ...record, ...change, id: record.id, version: record.version + 1 };
        records.set(record.id, updated);
        return json(res, 200, updated);
      }
      return problem(res, 404, 'NOT_FOUND', 'Không tìm thấy');
    })().catch((error: unknown) => problem(res, 500, 'INTERNAL', String(error)));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    records,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** Node's fetch has no cookie jar; a browser's has. This one keeps cookies the way `credentials: 'include'` does. */
export function cookieJarFetch(): FetchLike {
  const jar = new Map<string, string>();
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', ...value] = pair.split('=');
      if (/max-age=0/i.test(line)) jar.delete(name.trim());
      else jar.set(name.trim(), value.join('='));
    }
    return response;
  };
}

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '@bcdnq/domain/users';
import { routeTable, type RouteInfo } from '../src/openapi/openapi.js';
import { type Client, signIn, startTestApp, type TestApp, unique } from './helpers/test-app.js';

type Policy = 'public' | 'any' | readonly Role[];
const STAFF = ['committee_leader', 'standing_office'] as const;
const NEWSROOM = ['editor', 'reviewer', 'committee_leader'] as const;
const DOCUMENT_EDITORS = ['standing_office', 'editor', 'reviewer', 'committee_leader'] as const;

/**
 * Who may call each route. Generated routes without an entry fail the first test: a new route must say who
 * may use it. Admin passes every non-public route.
 */
const POLICY: Record<string, Policy> = {
  'POST /api/auth/login': 'public',
  'GET /api/auth/me': 'any',
  'POST /api/auth/logout': 'any',
  'GET /api/auth/sessions': 'any',
  'POST /api/auth/logout-everywhere': 'any',
  'POST /api/auth/password': 'any',
  'GET /api/health': 'public',
  'GET /api/health/live': 'public',
  'GET /api/health/ready': 'public',
  // Public to sessions: a scraper's bearer token guards it (404 when no token is configured).
  'GET /api/metrics': 'public',
  'GET /api/agencies': 'any',
  'GET /api/agencies/{id}': 'any',
  'POST /api/agencies': ['admin'],
  'PUT /api/agencies/{id}': ['admin'],
  'POST /api/agencies/{id}/succession': ['admin'],
  'GET /api/users': ['admin'],
  'GET /api/users/{id}': ['admin'],
  'POST /api/users': ['admin'],
  'PUT /api/users/{id}': ['admin'],
  'POST /api/users/{id}/revoke-sessions': ['admin'],
  'GET /api/plans': 'any',
  'GET /api/plans/{id}': 'any',
  'GET /api/plans/{id}/diff': 'any',
  'POST /api/plans': ['standing_office'],
  'PUT /api/plans/{id}': ['standing_office'],
  'POST /api/plans/{id}/issue': ['standing_office', 'committee_leader'],
  'POST /api/plans/{id}/clone': ['standing_office'],
  'POST /api/plans/{id}/amend': ['standing_office'],
  'POST /api/plans/{id}/close': ['standing_office'],
  'PUT /api/plans/{id}/publication': ['standing_office'],
  'GET /api/plans/{id}/export.docx': 'any',
  'GET /api/tasks': 'any',
  'GET /api/tasks/export.xlsx': 'any',
  'POST /api/tasks/batch': ['standing_office'],
  'GET /api/tasks/{id}': 'any',
  'POST /api/tasks': ['standing_office'],
  'PUT /api/tasks/{id}': ['standing_office'],
  'POST /api/tasks/{id}/status': ['standing_office', 'agency_officer'],
  'GET /api/tasks/{id}/notes': [...STAFF, 'agency_officer'],
  'POST /api/tasks/{id}/notes': ['standing_office', 'agency_officer'],
  'GET /api/attachments/{id}': [...STAFF, 'agency_officer'],
  'GET /api/articles': ['editor', 'reviewer', ...STAFF],
  'GET /api/articles/{id}': ['editor', 'reviewer', ...STAFF],
  'GET /api/public/articles': 'public',
  'GET /api/public/articles/{slug}': 'public',
  'GET /api/campaigns': 'any',
  'GET /api/campaigns/{id}': 'any',
  'POST /api/imports/preview': ['standing_office'],
  'POST /api/imports/commit': ['standing_office'],
  'POST /api/imports/report-preview': ['standing_office', 'agency_officer'],
  // Background reads: a plan job is the standing office's (checked by kind), a report job also the officers';
  // a job answers only its creator (404 to anyone else).
  'POST /api/imports/jobs': ['standing_office', 'agency_officer'],
  'GET /api/imports/jobs/{id}': ['standing_office', 'agency_officer'],
  'DELETE /api/imports/jobs/{id}': ['standing_office', 'agency_officer'],
  'GET /api/imports/jobs/{id}/pages/{page}': ['standing_office', 'agency_officer'],
  'GET /api/dashboard': [...STAFF],
  'GET /api/reports': [...STAFF, 'agency_officer'],
  'GET /api/reports/{id}': [...STAFF, 'agency_officer'],
  'GET /api/reports/inbox': ['standing_office', 'agency_officer'],
  'PUT /api/reports/{id}': ['agency_officer'],
  'POST /api/reports/{id}/status': ['standing_office', 'agency_officer'],
  'POST /api/reports/{id}/fold': ['agency_officer'],
  'POST /api/reports/{id}/correct': ['agency_officer'],
  'GET /api/reports/{id}/history': [...STAFF, 'agency_officer'],
  'GET /api/reports/{id}/prefill': [...STAFF, 'agency_officer'],
  'GET /api/reports/{id}/attachments': [...STAFF, 'agency_officer'],
  'POST /api/reports/{id}/attachments': ['agency_officer'],
  'GET /api/report-attachments/{id}': [...STAFF, 'agency_officer'],
  'GET /api/outbox': ['standing_office'],
  'GET /api/consolidation': [...STAFF, 'agency_officer'],
  'GET /api/consolidation/parts': [...STAFF, 'agency_officer'],
  'GET /api/consolidation/narrative': [...STAFF, 'agency_officer'],
  'GET /api/consolidation/export.docx': [...STAFF, 'agency_officer'],
  'POST /api/consolidation/export.docx': [...STAFF],
  'GET /api/consolidation/export.xlsx': [...STAFF, 'agency_officer'],
  'GET /api/audit': 'any',
  // Newsroom (issue 11): agency officers and the standing office never write; editors never approve or publish.
  'POST /api/articles': [...NEWSROOM],
  'PUT /api/articles/{id}': [...NEWSROOM],
  'POST /api/articles/{id}/status': [...NEWSROOM],
  'GET /api/articles/{id}/versions': ['editor', 'reviewer', ...STAFF],
  'GET /api/articles/{id}/preview': ['editor', 'reviewer', ...STAFF],
  'GET /api/public/stamp': 'public',
  'POST /api/campaigns': [...NEWSROOM],
  'PUT /api/campaigns/{id}': [...NEWSROOM],
  'GET /api/public/campaigns': 'public',
  'GET /api/public/campaigns/{slug}': 'public',
  'GET /api/media': [...NEWSROOM],
  'POST /api/media': [...NEWSROOM],
  'GET /api/public/media/{id}/{file}': 'public',
  'GET /api/documents': [...DOCUMENT_EDITORS],
  'GET /api/documents/{id}': [...DOCUMENT_EDITORS],
  'PUT /api/documents/{id}': [...DOCUMENT_EDITORS],
  'GET /api/public/documents': 'public',
  'GET /api/public/documents/{slug}': 'public',
  'GET /api/public/documents/{slug}/file': 'public',
};

const USERS: Record<Role, string> = {
  admin: 'admin',
  committee_leader: 'lanhdao',
  standing_office: 'thuongtruc',
  agency_officer: 'tuphap',
  editor: 'bientap',
  reviewer: 'duyettin',
};

let t: TestApp;
let routes: RouteInfo[];
const clients = {} as Record<Role, Client>;
const credentials = {} as Record<Role, { username: string; password: string }>;

beforeAll(async () => {
  t = await startTestApp();
  routes = routeTable(t.app, 'api');
  // Each role signs in as a user of its own: the matrix ends its sessions ("log out everywhere"), which must not
  // sign the demo users out of the other test files running meanwhile.
  const admin = await signIn(t, 'admin');
  const officer = await signIn(t, USERS.agency_officer);
  for (const role of ROLES) {
    const username = `matran-${role.replace('_', '-')}-${unique()}`.slice(0, 40);
    const password = `mat-khau-${unique()}`;
    const created = await admin.post('/api/users', {
      username,
      fullName: `Ma trận ${role}`,
      role,
      agencyId: role === 'agency_officer' ? officer.user.agencyId : null,
      password,
    });
    if (created.status !== 201)
      throw new Error(`user for ${role}: ${created.status} ${JSON.stringify(created.body)}`);
    credentials[role] = { username, password };
    clients[role] = await signIn(t, username, password);
  }
});
afterAll(() => t.close());

const SESSION_ENDING = new Set(['POST /api/auth/logout', 'POST /api/auth/logout-everywhere']);
const keyOf = (r: RouteInfo) => `${r.method.toUpperCase()} ${r.path}`;
const allows = (policy: Policy, role: Role) =>
  policy === 'public' || policy === 'any' || role === 'admin' || policy.includes(role);
const urlOf = (r: RouteInfo) =>
  r.path.replace(/\{slug\}/g, `khong-co-${unique()}`).replace(/\{\w+\}/g, randomUUID());

function send(
  agent: ReturnType<typeof request.agent> | ReturnType<typeof request>,
  r: RouteInfo,
  csrf?: string,
) {
  const url = urlOf(r);
  const method = r.method as 'get' | 'post' | 'put' | 'delete';
  const call = agent[method](url);
  if (csrf) call.set('X-CSRF-Token', csrf);
  return method === 'get' ? call : call.send({});
}

describe('role × route matrix', () => {
  it('has a policy for every route, and no policy for a route that is gone', () => {
    const keys = routes.map(keyOf);
    expect(
      keys.filter((k) => !(k in POLICY)),
      'routes without a policy',
    ).toEqual([]);
    expect(
      Object.keys(POLICY).filter((k) => !keys.includes(k)),
      'policies without a route',
    ).toEqual([]);
  });

  it('refuses every private route without a session (401) and serves public ones', async () => {
    for (const route of routes) {
      const response = await send(request(t.server), route);
      const policy = POLICY[keyOf(route)];
      if (policy === 'public') expect(response.status, keyOf(route)).not.toBe(401);
      else expect(response.status, keyOf(route)).toBe(401);
    }
  });

  for (const role of ROLES) {
    it(`lets ${role} through exactly the routes its role allows`, async () => {
      const client = clients[role];
      if (!client) throw new Error(`no client for ${role}`);
      // Logging out would end the session the other checks use: those go last.
      const ending = (r: RouteInfo) => Number(SESSION_ENDING.has(keyOf(r)));
      const ordered = [...routes].sort((a, b) => ending(a) - ending(b));
      const wrong: string[] = [];
      for (const route of ordered) {
        const policy = POLICY[keyOf(route)] ?? [];
        // Each session-ending route gets a session of its own, so the next one is not refused for lack of one.
        const caller = SESSION_ENDING.has(keyOf(route))
          ? await signIn(t, credentials[role].username, credentials[role].password)
          : client;
        const response = await send(caller.agent, route, caller.csrf);
        const allowed = allows(policy, role);
        if (allowed && (response.status === 401 || response.status === 403))
          wrong.push(`${keyOf(route)} refused (${response.status})`);
        if (!allowed && response.status !== 403) wrong.push(`${keyOf(route)} allowed (${response.status})`);
      }
      expect(wrong).toEqual([]);
    });
  }
});

describe('route matching', () => {
  it('guards trailing slashes and case variants like the canonical path', async () => {
    for (const path of ['/api/plans/', '/API/PLANS', '/api/Plans/', '/api//plans']) {
      const response = await request(t.server).get(path);
      expect([401, 404], path).toContain(response.status);
      expect(response.status === 404 || response.body.code === 'UNAUTHENTICATED').toBe(true);
    }
    const officer = await signIn(t, 'tuphap');
    for (const path of ['/api/users/', '/API/USERS', '/api/Users']) {
      expect((await officer.get(path)).status, path).toBe(403);
    }
  });
});

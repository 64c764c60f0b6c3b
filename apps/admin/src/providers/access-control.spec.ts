import { describe, expect, it } from 'vitest';
import { canRoleAccess } from './access-control';

describe('newsroom in the panel', () => {
  it('offers article writing to the newsroom only, and nothing to agency officers', () => {
    expect(canRoleAccess('editor', 'articles', 'create')).toBe(true);
    expect(canRoleAccess('reviewer', 'articles', 'list')).toBe(true);
    expect(canRoleAccess('standing_office', 'articles', 'list')).toBe(true);
    expect(canRoleAccess('standing_office', 'articles', 'create')).toBe(false);
    expect(canRoleAccess('agency_officer', 'articles', 'list')).toBe(false);
    expect(canRoleAccess('agency_officer', 'campaigns', 'create')).toBe(false);
    expect(canRoleAccess('agency_officer', 'media', 'list')).toBe(false);
  });

  it('offers editing an article only in the states the domain allows for the role', () => {
    expect(canRoleAccess('editor', 'articles', 'edit', { status: 'draft' })).toBe(true);
    expect(canRoleAccess('editor', 'articles', 'edit', { status: 'in_review' })).toBe(false);
    expect(canRoleAccess('reviewer', 'articles', 'edit', { status: 'in_review' })).toBe(true);
    expect(canRoleAccess('reviewer', 'articles', 'edit', { status: 'published' })).toBe(false);
  });

  it('shows the review queue to reviewers and the returned-articles inbox to editors', () => {
    expect(canRoleAccess('reviewer', 'review-queue', 'list')).toBe(true);
    expect(canRoleAccess('editor', 'review-queue', 'list')).toBe(false);
    expect(canRoleAccess('editor', 'my-articles', 'list')).toBe(true);
    expect(canRoleAccess('standing_office', 'documents', 'edit')).toBe(true);
    expect(canRoleAccess('agency_officer', 'documents', 'edit')).toBe(false);
  });
});

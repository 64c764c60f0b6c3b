import { DomainError } from './errors.js';

export type TransitionTable<S extends string, E extends string> = {
  readonly [K in E]: { readonly from: readonly S[]; readonly to: S };
};

export type StateMachine<S extends string, E extends string> = {
  readonly name: string;
  readonly states: readonly S[];
  readonly events: readonly E[];
  readonly table: TransitionTable<S, E>;
  /** Events that may fire from a state. */
  allowed(state: S): E[];
  /** True when the event may fire from the state. */
  can(state: S, event: E): boolean;
  /** The state after the event, or a DomainError INVALID_TRANSITION. */
  transition(state: S, event: E): S;
};

/** Builds a state machine from a table of events; illegal moves throw a typed DomainError. */
export function defineStateMachine<S extends string, E extends string>(
  name: string,
  states: readonly S[],
  table: TransitionTable<S, E>,
  labels?: { state?: Partial<Record<S, string>>; event?: Partial<Record<E, string>> },
): StateMachine<S, E> {
  const events = Object.keys(table) as E[];
  // Events arrive from requests: an unknown name (`__proto__`, `toString`) is simply not allowed.
  const can = (state: S, event: E) => Object.hasOwn(table, event) && table[event].from.includes(state);
  return {
    name,
    states,
    events,
    table,
    can,
    allowed: (state) => events.filter((event) => can(state, event)),
    transition(state, event) {
      if (!can(state, event)) {
        const stateLabel = labels?.state?.[state] ?? state;
        const eventLabel = labels?.event?.[event] ?? event;
        throw new DomainError(
          'INVALID_TRANSITION',
          `Không thể "${eventLabel}" khi ${name} đang ở trạng thái "${stateLabel}".`,
          `Cannot ${event} a ${name} in state ${state}.`,
          { machine: name, state, event },
        );
      }
      return table[event].to;
    },
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client';
import type { AttachmentStore } from '../platform/attachment-store';
import type { Clock } from '../platform/clock';
import type { AppConfig } from '../platform/config';
import type { FieldCipher } from '../platform/crypto';

/** What the process gives every module before any is wired: the database, time, settings and keys. */
export interface Platform {
  db: Db;
  clock: Clock;
  config: AppConfig;
  cipher: FieldCipher;
  attachmentStore: AttachmentStore;
}

/**
 * A feature module's face to the assembly (src/server/feature-modules.ts, the one list a new
 * module is added to): the services it builds from those wired before it, and the routes it
 * serves once every service exists.
 *
 * `Needs` names only what the module uses — a `Pick<>` of other modules' service interfaces —
 * so a module never sees more of the system than it asks for (DESIGN rule 3). The assembly checks
 * at start-up that a module's needs were provided by an earlier module of the list.
 */
export interface FeatureModule<Needs, Provides, RouteNeeds = Needs & Provides> {
  /** The folder under src/modules, for messages. */
  name: string;
  wire: (needs: Needs) => Provides;
  /** Routes may use services of modules wired later (they are registered after all wiring). */
  routes?: (services: RouteNeeds) => readonly FastifyPluginAsyncZod[];
}

/** Declares a module with its types inferred from `wire`, and checked against `Needs`. */
export function featureModule<Needs, Provides, RouteNeeds = Needs & Provides>(
  module: FeatureModule<Needs, Provides, RouteNeeds>,
): FeatureModule<Needs, Provides, RouteNeeds> {
  return module;
}

/** Any module, for the list (its own types are checked where it is declared). */
// biome-ignore lint/suspicious/noExplicitAny: a list holds modules of every shape; each is typed at its declaration.
export type AnyFeatureModule = FeatureModule<any, any, any>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/** Everything the modules of a list provide, as one object type. */
export type ProvidedBy<Modules extends readonly AnyFeatureModule[]> = UnionToIntersection<
  { [K in keyof Modules]: Modules[K] extends FeatureModule<infer _N, infer P, infer _R> ? P : never }[number]
>;

/**
 * Wires the modules in list order, each from the base and what the modules before it provided.
 * A module that asks for something no earlier module provides, or provides a name another already
 * did, stops the start-up with a message naming both — the list's order is the dependency order.
 */
export function wireModules<Base extends object, Modules extends readonly AnyFeatureModule[]>(
  base: Base,
  modules: Modules,
): Base & ProvidedBy<Modules> {
  let wired = { ...base } as Record<string, unknown>;
  for (const module of modules) {
    const before = wired;
    const needs = new Proxy(before, {
      get(target, key) {
        if (typeof key === 'string' && !(key in target))
          throw new Error(
            `module ${module.name} needs "${key}", which no module before it in the list provides`,
          );
        return Reflect.get(target, key);
      },
    });
    const provided = module.wire(needs) as Record<string, unknown>;
    for (const key of Object.keys(provided))
      if (key in before)
        throw new Error(`module ${module.name} provides "${key}", which is already provided`);
    wired = { ...before, ...provided };
  }
  return wired as Base & ProvidedBy<Modules>;
}

// Cross-language check: TypeScript types generated from spec/openapi.yaml by openapi-typescript
// must describe real API bodies. `make typescript-check` generates build/schema.d.ts, then
// type-checks this file with `tsc --noEmit`; a spec change that breaks these uses fails it.
import type { components, operations, paths } from "./build/schema";

type Project = components["schemas"]["Project"];
type ProjectCreate = components["schemas"]["ProjectCreate"];
type ApiError = components["schemas"]["Error"];
type ProjectPage =
  paths["/projects"]["get"]["responses"]["200"]["content"]["application/json"];
type GetProjectParams = operations["get_project"]["parameters"]["path"];

const created: ProjectCreate = {
  name: "My project",
  billing_group: "7d4d3b58-8b2c-4a58-9a2a-1a1b3f0b9d2e",
  description: "Made from TypeScript",
  tags: ["rna-seq"],
};

const path: GetProjectParams = { owner: "john_doe", project: "my-project" };

function describe(project: Project): string {
  const tags = (project.tags ?? []).join(", ");
  return `${project.id ?? "?"} (${project.name ?? ""}) [${tags}]`;
}

function firstIds(page: ProjectPage): string[] {
  return (page.items ?? []).map((p) => p.id ?? "");
}

function explain(error: ApiError): string {
  return `${error.status ?? 0} / ${error.code ?? 0}: ${error.message ?? ""}`;
}

export { created, describe, explain, firstIds, path };

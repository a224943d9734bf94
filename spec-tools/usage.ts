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

// Files, multipart uploads and tasks: the shapes another-language client moves data with.
type SbgFile = components["schemas"]["File"];
type UploadCreate = components["schemas"]["UploadCreate"];
type PartUrl = components["schemas"]["UploadPartUrl"];
type Task = components["schemas"]["Task"];
type AppPath = operations["get_app_revision"]["parameters"]["path"];

const upload: UploadCreate = {
  name: "sample_1.fastq.gz",
  project: "john_doe/my-project",
  size: 433759572,
  part_size: 33554432,
};

const app: AppPath = { owner: "admin", project: "sbg-public-data", app_name: "word-count", revision: 0 };

function partRequest(part: PartUrl): { method: string; url: string; headers: Record<string, string> } {
  return { method: part.method ?? "PUT", url: part.url ?? "", headers: { ...(part.headers ?? {}) } };
}

function isFolder(file: SbgFile): boolean {
  return file.type === "folder";
}

function finished(task: Task): boolean {
  return ["COMPLETED", "FAILED", "ABORTED"].includes(task.status ?? "");
}

export { app, created, describe, explain, finished, firstIds, isFolder, partRequest, path, upload };

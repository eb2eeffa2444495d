import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const DIR = join(ROOT, "deploy/k8s");

type Probe = { httpGet?: { path: string; port: string | number } };
type Container = {
  image: string;
  ports: { name: string; containerPort: number }[];
  envFrom?: { secretRef?: { name: string } }[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe & { failureThreshold?: number; periodSeconds?: number };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  volumeMounts: { name: string; mountPath: string; subPath?: string }[];
};
type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; spec: any };

const documents = readdirSync(DIR)
  .filter((name) => name.endsWith(".yaml"))
  .flatMap((name) => parseAllDocuments(readFileSync(join(DIR, name), "utf8")).map((document) => ({ name, document })));
const manifests = documents.map(({ document }) => document.toJS() as Manifest);
const deployment = manifests.find((manifest) => manifest.kind === "Deployment")!;
const container = deployment.spec.template.spec.containers[0] as Container;
const volumes = deployment.spec.template.spec.volumes as { name: string; configMap?: { name: string }; emptyDir?: object }[];
const mountedAt = (path: string) => volumes.find((volume) => volume.name === container.volumeMounts.find((mount) => mount.mountPath === path)?.name);

describe("the Kubernetes example", () => {
  it("is a Deployment and a Service that parse, each with a kind, a version and a name", () => {
    expect(documents.flatMap(({ name, document }) => document.errors.map((error) => `${name}: ${error.message}`))).toEqual([]);
    expect(manifests.map((manifest) => manifest.kind).sort()).toEqual(["Deployment", "Service"]);
    for (const manifest of manifests) expect(manifest.apiVersion && manifest.metadata.name).toBeTruthy();
  });

  it("probes the server: /livez to start and to stay alive, /readyz to take requests", () => {
    expect(container.startupProbe?.httpGet).toEqual({ path: "/livez", port: "http" });
    expect(container.livenessProbe?.httpGet).toEqual({ path: "/livez", port: "http" });
    expect(container.readinessProbe?.httpGet).toEqual({ path: "/readyz", port: "http" });
    expect(container.ports).toEqual([{ name: "http", containerPort: 3000 }]);
  });

  it("mounts the knowledge from ConfigMaps without subPath (which never updates), careers/ from a ConfigMap of its own", () => {
    expect(mountedAt("/app/knowledge")?.configMap?.name).toBe("career-advisor-knowledge");
    expect(mountedAt("/app/knowledge/careers")?.configMap?.name).toBe("career-advisor-careers");
    expect(container.volumeMounts.filter((mount) => mount.subPath)).toEqual([]);
    const image = readFileSync(join(ROOT, "Dockerfile"), "utf8");
    expect(image).toMatch(/CAREER_ADVISOR_KNOWLEDGE=\/app\/knowledge\b/);
    expect(image).toMatch(/^ENV .*DATA_DIR=\/data\b/m);
    expect(mountedAt("/data")).toBeDefined();
  });

  it("takes the channels' secrets from a Secret, and sets requests and limits", () => {
    expect(container.envFrom).toEqual([{ secretRef: { name: "career-advisor" } }]);
    expect(Object.keys(container.resources?.requests ?? {}).sort()).toEqual(["cpu", "memory"]);
    expect(Object.keys(container.resources?.limits ?? {}).sort()).toEqual(["cpu", "memory"]);
  });

  it("sends the Service's traffic to the Deployment's pods on the server's port", () => {
    const service = manifests.find((manifest) => manifest.kind === "Service")!;
    expect(service.spec.selector).toEqual(deployment.spec.template.metadata.labels);
    expect(deployment.spec.selector.matchLabels).toEqual(deployment.spec.template.metadata.labels);
    expect(service.spec.ports.map((port: { targetPort: string }) => port.targetPort)).toEqual(["http"]);
  });
});

// Server-side configuration for the apps' server components and layouts (not for client components).
export { serverApiUrl } from "./api-config";
export { RuntimeConfigScript } from "./runtime-config-script";

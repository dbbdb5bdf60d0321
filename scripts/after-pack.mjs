// electron-builder's afterPack hook: flips Electron's fuses in the packaged binary, so a
// shipped Draftwise cannot be turned into a general Node runtime (ELECTRON_RUN_AS_NODE,
// NODE_OPTIONS, --inspect) and loads its code only from an asar whose integrity is checked.
// Fuses are bits in the binary itself: they are set here, before signing, never at run time.
import path from "node:path";
import { flipFuses, FuseV1Options, FuseVersion } from "@electron/fuses";

/** The fuse settings every packaged build gets. */
export const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // Pages come from app://, so file:// needs none of its old extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The packaged Electron executable for an afterPack context. */
export function electronBinaryIn(context) {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case "darwin":
    case "mas":
      return path.join(context.appOutDir, `${name}.app`);
    case "win32":
      return path.join(context.appOutDir, `${name}.exe`);
    default:
      return path.join(context.appOutDir, context.packager.executableName ?? name);
  }
}

export default async function afterPack(context) {
  const binary = electronBinaryIn(context);
  await flipFuses(binary, {
    ...FUSES,
    // Apple Silicon refuses a binary whose ad-hoc signature no longer matches its bytes.
    resetAdHocDarwinSignature:
      context.electronPlatformName === "darwin" && (context.arch === 3 || context.arch === 4), // arm64, universal
  });
}

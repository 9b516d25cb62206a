import type {} from "next-auth/jwt";
import type { DefaultSession } from "next-auth";
import type { Role } from "./roles";

declare module "next-auth" {
  interface User {
    role?: Role;
    studentId?: string | null;
    facultyId?: number | null;
  }
  interface Session {
    user: {
      id: string;
      role: Role;
      studentId: string | null;
      facultyId: number | null;
    } & DefaultSession["user"];
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    role?: Role;
    studentId?: string | null;
    facultyId?: number | null;
  }
}

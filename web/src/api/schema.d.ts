/**
 * Generated from the server's OpenAPI document by `npm run api:generate` (scripts/web-api-schema.ts).
 * Do not edit: change the route schemas and generate again; a test fails while this file is stale.
 */


/** OneOf type helpers */
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };
type XOR<T, U> = (T | U) extends object ? (Without<T, U> & U) | (Without<U, T> & T) : T | U;
type OneOf<T extends any[]> = T extends [infer Only] ? Only : T extends [infer A, infer B, ...infer Rest] ? OneOf<[XOR<A, B>, ...Rest]> : never;

export interface paths {
  "/api/v1/calendar/workdays": {
    /** 计算N个工作日期限的截止日（含起始日，遇节假日顺延，按国务院放假安排及调休） */
    get: {
      parameters: {
        query: {
          from: string;
          count: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["WorkdaysResult"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/calendar/is-workday": {
    /** 查询某日是否为工作日 */
    get: {
      parameters: {
        query: {
          date: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              date: string;
              workday: boolean;
              /** @enum {string} */
              kind: "workday" | "weekend" | "holiday" | "makeup-workday";
              name: string | null;
            };
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/calendar/years": {
    /** 已录入的年度 */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CalendarYearSummary"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 新增年度（草稿） */
    post: {
      requestBody: {
        content: {
          "application/json": {
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["CalendarYear"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/calendar/years/{year}": {
    /** 某年度的放假与调休安排 */
    get: {
      parameters: {
        path: {
          year: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CalendarYear"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/calendar/years/{year}/publish": {
    /** 发布年度安排 */
    post: {
      parameters: {
        path: {
          year: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CalendarYear"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/calendar/days/{date}": {
    /** 设置放假日或调休上班日 */
    put: {
      parameters: {
        path: {
          date: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            kind: "holiday" | "workday";
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CalendarDay"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 恢复为默认（周一至周五上班） */
    delete: {
      parameters: {
        path: {
          date: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/me/notifications": {
    /** 我的站内消息 */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          unreadOnly?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Inbox"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/me/notifications/read": {
    /** 标记为已读（ids 为空表示全部） */
    post: {
      requestBody: {
        content: {
          "application/json": {
            ids?: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              marked: number;
            };
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/auth/login": {
    /**
     * 登录
     * @description 同一登录名连续登录失败达到阈值即锁定一段时间（无论该用户名是否存在，应答相同）。每个用户在每类设备（手机、电脑，按 User-Agent 判断）上同时保留的登录数有上限（默认1个），超出时最早的登录失效，其后的请求得到 401 SESSION_REPLACED。
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            username: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Session"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        423: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/auth/logout": {
    /** 退出登录 */
    post: {
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/auth/me": {
    /** 当前用户 */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Session"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/admin/users": {
    /** 用户列表（筛选、排序、分页） */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          q?: string;
          role?: "applicant" | "employer" | "dispatcher" | "department" | "hr" | "committee-office" | "expert" | "supervisor" | "admin";
          status?: "active" | "disabled" | "pending";
          sort?: "username" | "-username" | "createdAt" | "-createdAt";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["UserPage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 新建用户 */
    post: {
      requestBody: {
        content: {
          "application/json": {
            username: string;
            displayName: string;
            password: string;
            roles: ("applicant" | "employer" | "dispatcher" | "department" | "hr" | "committee-office" | "expert" | "supervisor" | "admin")[];
            organisationId: string | null;
            jurisdictionCode: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["User"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/admin/users/export": {
    /** 导出用户一览表（Excel） */
    get: {
      parameters: {
        query?: {
          q?: string;
          role?: "applicant" | "employer" | "dispatcher" | "department" | "hr" | "committee-office" | "expert" | "supervisor" | "admin";
          status?: "active" | "disabled" | "pending";
          sort?: "username" | "-username" | "createdAt" | "-createdAt";
        };
      };
      responses: {
        /** @description 用户一览表 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/admin/users/{id}": {
    /** 修改用户（含停用、启用） */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            displayName?: string;
            roles?: ("applicant" | "employer" | "dispatcher" | "department" | "hr" | "committee-office" | "expert" | "supervisor" | "admin")[];
            organisationId?: string | null;
            jurisdictionCode?: string;
            /** @enum {string} */
            status?: "active" | "disabled";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["User"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/admin/users/{id}/reset-password": {
    /** 重置密码 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/admin/users/{id}/unlock": {
    /** 解除锁定 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/dispatch-agencies": {
    /** 劳务派遣单位名录（申报时选择） */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["DispatchAgency"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/organisations": {
    /** 机构列表（筛选、排序、分页） */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          q?: string;
          kind?: "employer" | "hr-bureau" | "department" | "committee-office" | "dispatch-agency" | "other";
          status?: "pending" | "approved" | "returned";
          jurisdiction?: string;
          sort?: "name" | "-name" | "createdAt" | "-createdAt";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["OrganisationPage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 新建机构 */
    post: {
      requestBody: {
        content: {
          "application/json": {
            name: string;
            /** @enum {string} */
            kind: "employer" | "hr-bureau" | "department" | "committee-office" | "dispatch-agency" | "other";
            creditCode: string;
            employerKind?: ("public-institution" | "state-enterprise" | "private-enterprise" | "government" | "military" | "other") | null;
            jurisdictionCode: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["Organisation"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/organisations/export": {
    /** 导出机构一览表（Excel） */
    get: {
      parameters: {
        query?: {
          q?: string;
          kind?: "employer" | "hr-bureau" | "department" | "committee-office" | "dispatch-agency" | "other";
          status?: "pending" | "approved" | "returned";
          jurisdiction?: string;
          sort?: "name" | "-name" | "createdAt" | "-createdAt";
        };
      };
      responses: {
        /** @description 机构一览表 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/organisations/{id}": {
    /** 机构详情 */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Organisation"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 修改机构 */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            /** @enum {string} */
            kind?: "employer" | "hr-bureau" | "department" | "committee-office" | "dispatch-agency" | "other";
            creditCode?: string;
            employerKind?: ("public-institution" | "state-enterprise" | "private-enterprise" | "government" | "military" | "other") | null;
            jurisdictionCode?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Organisation"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/regions": {
    /** 行政区划（GB/T 2260） */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Region"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/catalogue/series": {
    /** 职称系列目录（27个系列） */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Series"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/catalogue/post-grades": {
    /** 事业单位专业技术岗位等级（1–13级） */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PostGrade"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/identifiers/validate": {
    /** 校验身份证号码或统一社会信用代码 */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            type: "id-number" | "credit-code";
            value: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["IdentifierCheck"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/home": {
    /** 当前角色的工作台 */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["HomeData"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/me/profile": {
    /** 本人档案 */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Profile"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 保存本人档案（学历、职称、工作经历、岗位、考核、继续教育、业绩等） */
    put: {
      requestBody: {
        content: {
          "application/json": {
            applicant: components["schemas"]["ApplicantInput"];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Profile"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/me/eligibility-profile": {
    /** 本人已存档的信息（用于申报条件自测） */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Profile"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/eligibility/check": {
    /** 申报条件自测：一次性告知全部不符合的条件及依据 */
    post: {
      requestBody: {
        content: {
          "application/json": {
            policy: string;
            asOf: string;
            target: {
              series: string;
              /** @enum {string} */
              level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
              /** @default null */
              specialty: string | null;
            };
            /** @default null */
            pathway: ("regular" | "exceptional" | "green-channel" | "direct-recognition" | "one-step" | "recommendation" | "through-train" | "skills-bridge" | "qualification-mapping") | null;
            applicant: components["schemas"]["ApplicantInput"];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["EligibilityResult"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/me/attachments": {
    /** 本人附件列表 */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Attachment"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 上传附件（multipart/form-data，字段 file；仅PDF、JPG、PNG，按内容判断） */
    post: {
      parameters: {
        query: {
          kind: "education-certificate" | "title-certificate" | "qualification-certificate" | "appraisal-record" | "continuing-education" | "achievement" | "recommendation" | "other";
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["Attachment"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/me/attachments/{id}/content": {
    /** 下载附件（返回文件本身，响应头 x-content-sm3 为其SM3摘要） */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description 附件文件本身（类型按上传时的内容判断），响应头 x-content-sm3 为其SM3摘要 */
        200: {
          content: {
            "application/pdf": string;
            "image/jpeg": string;
            "image/png": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/policies": {
    /** 政策集列表 */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PolicySummary"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/policies/diff": {
    /** 两个政策集的对比 */
    get: {
      parameters: {
        query: {
          a: "national" | "anshan-2023" | "liaoyang-2023" | "liaoning-city-2025-draft" | "jilin-2022";
          b: "national" | "anshan-2023" | "liaoyang-2023" | "liaoning-city-2025-draft" | "jilin-2022";
          asOfA?: string;
          asOfB?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PolicyDiff"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/policies/{id}/coverage": {
    /** 种子文件逐条覆盖表（已编码、其他模块执行、待建设、非系统规则） */
    get: {
      parameters: {
        path: {
          id: "national" | "anshan-2023" | "liaoyang-2023" | "liaoning-city-2025-draft" | "jilin-2022";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PolicyCoverage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/policies/{id}": {
    /** 政策集的规则与参数（含生效日期与依据） */
    get: {
      parameters: {
        query?: {
          asOf?: string;
        };
        path: {
          id: "national" | "anshan-2023" | "liaoyang-2023" | "liaoning-city-2025-draft" | "jilin-2022";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Policy"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/commitments": {
    /** 个人、单位承诺书文本（当前版本） */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CommitmentText"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/applications/preview": {
    /** 申报前核对：按所在单位辖区和当日确定的政策集核对资格，并列出不能申报的情形（不写入任何数据） */
    post: {
      requestBody: {
        content: {
          "application/json": {
            target: {
              series: string;
              /** @enum {string} */
              level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
              specialty: string;
            };
            /**
             * @default regular
             * @enum {string}
             */
            pathway: "regular" | "exceptional" | "green-channel" | "direct-recognition" | "one-step" | "recommendation" | "through-train" | "skills-bridge" | "qualification-mapping";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ApplicationPreview"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/applications": {
    /** 申报列表（按角色和辖区限定范围） */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          state?: ("draft" | "submitted" | "unit-publicity" | "dispatch-review" | "dispatch-publicity" | "department-review" | "hr-review" | "committee-review" | "accepted" | "in-review" | "result-publicity" | "not-passed" | "revoked" | "filed" | "conferred" | "returned" | "not-recommended" | "withdrawn") | (("draft" | "submitted" | "unit-publicity" | "dispatch-review" | "dispatch-publicity" | "department-review" | "hr-review" | "committee-review" | "accepted" | "in-review" | "result-publicity" | "not-passed" | "revoked" | "filed" | "conferred" | "returned" | "not-recommended" | "withdrawn")[]);
          series?: string;
          level?: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
          year?: number;
          keyword?: string;
          eligible?: string;
          sort?: "number" | "-number" | "submittedAt" | "-submittedAt" | "updatedAt" | "-updatedAt" | "name" | "-name" | "state" | "-state";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ApplicationListItemPage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 提交职称申报（幂等：同一 Idempotency-Key 只产生一份申报；同一键而内容不同则 422 IDEMPOTENCY_KEY_REUSED）。也可用 multipart/form-data 连同附件一次提交：字段 application 为同样的JSON，文件的字段名为附件类别代码（至多20个） */
    post: {
      parameters: {
        header: {
          /** @description 每次新申报生成一个，重试时原样重发。键与请求内容（JSON 正文及随附文件的类别、文件名和 SM3）绑定：同一键、同一内容返回首次的申报（200）；同一键、不同内容得到 422 IDEMPOTENCY_KEY_REUSED，不会返回或改动首次的申报 */
          "idempotency-key": string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            target: {
              series: string;
              /** @enum {string} */
              level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
              specialty: string;
            };
            /**
             * @default regular
             * @enum {string}
             */
            pathway: "regular" | "exceptional" | "green-channel" | "direct-recognition" | "one-step" | "recommendation" | "through-train" | "skills-bridge" | "qualification-mapping";
            /** @default [] */
            attachmentIds: string[];
            /** @default null */
            dispatchAgencyId: string | null;
            /** @default true */
            submit: boolean;
            /** @default false */
            personalCommitment: boolean;
          };
          "multipart/form-data": {
            target: {
              series: string;
              /** @enum {string} */
              level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
              specialty: string;
            };
            /**
             * @default regular
             * @enum {string}
             */
            pathway: "regular" | "exceptional" | "green-channel" | "direct-recognition" | "one-step" | "recommendation" | "through-train" | "skills-bridge" | "qualification-mapping";
            /** @default [] */
            attachmentIds: string[];
            /** @default null */
            dispatchAgencyId: string | null;
            /** @default true */
            submit: boolean;
            /** @default false */
            personalCommitment: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ApplicationReceipt"];
          };
        };
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["ApplicationReceipt"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/applications/export": {
    /** 导出申报人员一览表（Excel） */
    get: {
      parameters: {
        query?: {
          state?: ("draft" | "submitted" | "unit-publicity" | "dispatch-review" | "dispatch-publicity" | "department-review" | "hr-review" | "committee-review" | "accepted" | "in-review" | "result-publicity" | "not-passed" | "revoked" | "filed" | "conferred" | "returned" | "not-recommended" | "withdrawn") | (("draft" | "submitted" | "unit-publicity" | "dispatch-review" | "dispatch-publicity" | "department-review" | "hr-review" | "committee-review" | "accepted" | "in-review" | "result-publicity" | "not-passed" | "revoked" | "filed" | "conferred" | "returned" | "not-recommended" | "withdrawn")[]);
          series?: string;
          level?: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
          year?: number;
          keyword?: string;
          eligible?: string;
          sort?: "number" | "-number" | "submittedAt" | "-submittedAt" | "updatedAt" | "-updatedAt" | "name" | "-name" | "state" | "-state";
        };
      };
      responses: {
        /** @description 申报人员一览表 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/applications/{id}": {
    /** 申报详情（含资格审查结果、现有职称及其核验情况、材料、时间线和可执行的操作） */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ApplicationDetail"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/applications/{id}/form.pdf": {
    /** 评审表（PDF） */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description 评审表 */
        200: {
          content: {
            "application/pdf": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/applications/{id}/transitions": {
    /** 执行流程操作（提交、审核、公示、推荐、退回、受理等） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description 申报流程中的操作（可执行的操作见各申报的 actions[].event）
             * @enum {string}
             */
            event: "submit" | "withdraw" | "start-unit-publicity" | "return" | "decline" | "recommend" | "start-dispatch-publicity" | "dispatch-return" | "dispatch-approve" | "department-approve" | "department-return" | "hr-approve" | "hr-return" | "committee-accept" | "committee-return" | "schedule" | "pass" | "fail" | "revoke" | "file" | "announce";
            reason?: string | null;
            personalCommitment?: boolean;
            unitCommitment?: boolean;
            committeeId?: string | null;
            entrusted?: boolean;
            expectedVersion?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ApplicationDetail"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/applications/transitions": {
    /** 批量执行流程操作（逐件处理，逐件返回结果） */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description 申报流程中的操作（可执行的操作见各申报的 actions[].event）
             * @enum {string}
             */
            event: "submit" | "withdraw" | "start-unit-publicity" | "return" | "decline" | "recommend" | "start-dispatch-publicity" | "dispatch-return" | "dispatch-approve" | "department-approve" | "department-return" | "hr-approve" | "hr-return" | "committee-accept" | "committee-return" | "schedule" | "pass" | "fail" | "revoke" | "file" | "announce";
            reason?: string | null;
            personalCommitment?: boolean;
            unitCommitment?: boolean;
            committeeId?: string | null;
            entrusted?: boolean;
            ids: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["BulkTransitionResult"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/applications/{id}/attachments/{attachmentId}": {
    /** 下载申报材料 */
    get: {
      parameters: {
        path: {
          id: string;
          attachmentId: string;
        };
      };
      responses: {
        /** @description 附件文件本身（类型按上传时的内容判断），响应头 x-content-sm3 为其SM3摘要 */
        200: {
          content: {
            "application/pdf": string;
            "image/jpeg": string;
            "image/png": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/public/publicity": {
    /** 正在公示的申报人员（姓名已脱敏） */
    get: {
      parameters: {
        query?: {
          organisationId?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PublicNotices"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/public/publicity/{id}/objections": {
    /** 对公示提出异议（须实名并留联系方式） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            complainantName: string;
            contact: string;
            content: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              /**
               * @description open 待核实 | upheld 异议成立 | dismissed 异议不成立
               * @enum {string}
               */
              status: "open" | "upheld" | "dismissed";
              createdAt: string;
            };
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/publicity/notices.pdf": {
    /** 本单位公示表（PDF，正在公示的人员） */
    get: {
      responses: {
        /** @description 公示表 */
        200: {
          content: {
            "application/pdf": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/objections/{id}/resolution": {
    /** 登记异议核实处理结果 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            status: "upheld" | "dismissed";
            outcome: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ObjectionHandled"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/committees": {
    /** 评委会目录清单 */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Committee"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 核准组建评委会（有效期不超过3年） */
    post: {
      requestBody: {
        content: {
          "application/json": {
            name: string;
            /** Format: uuid */
            officeOrganisationId: string;
            /** @enum {string} */
            tier: "provincial" | "city" | "county" | "self-review";
            /** @enum {string} */
            kind: "government" | "industry" | "self-review" | "social";
            organiser: string;
            /** @enum {string} */
            organisedBy: "series" | "specialty";
            series: string;
            levels: string[];
            specialties: string[];
            specialtyGroups: {
                name: string;
                specialties: string[];
              }[];
            regionCode: string;
            approvalNumber: string;
            approvedOn: string;
            validUntil: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
            };
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/committees/{id}/status": {
    /** 暂停、撤销或恢复评委会评审工作（须写明理由） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            status: "active" | "suspended" | "revoked";
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CommitteeStatusChanged"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/self-review-applications": {
    /** 自主评审申请 */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SelfReviewApplicationRow"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 申请开展自主评审（当年开展的须在6月30日前提交） */
    post: {
      requestBody: {
        content: {
          "application/json": {
            year: number;
            series: string;
            levels: string[];
            specialties: string[];
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["SelfReviewApplied"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/self-review-applications/{id}/decision": {
    /** 核准或不予核准自主评审申请 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            approve: boolean;
            note: string;
            committee?: {
              name: string;
              /** Format: uuid */
              officeOrganisationId: string;
              organiser: string;
              /** @enum {string} */
              organisedBy: "series" | "specialty";
              specialtyGroups: {
                  name: string;
                  specialties: string[];
                }[];
              regionCode: string;
              approvalNumber: string;
              approvedOn: string;
              validUntil: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SelfReviewDecided"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/experts": {
    /** 评审专家（可按评委会年度专家库筛选） */
    get: {
      parameters: {
        query?: {
          committeeId?: string;
          year?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Expert"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 登记评审专家（聘期不超过3年） */
    post: {
      requestBody: {
        content: {
          "application/json": {
            name: string;
            idNumber?: string;
            series: string;
            level: string;
            specialty: string;
            unitOrganisationId?: string | null;
            unitName: string;
            regionCode: string;
            privateSector: boolean;
            termFrom: string;
            termTo: string;
            unitHistory?: ({
                /** Format: uuid */
                unitId: string;
                unitName: string;
                from: string;
                to: string | null;
              })[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
            };
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/experts/{id}/account": {
    /** 为专家开通专家端账号 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            username: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["ExpertAccountOpened"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/experts/import": {
    /** 从Excel导入专家（multipart/form-data，字段 file；可同时纳入评委会年度专家库） */
    post: {
      parameters: {
        query?: {
          committeeId?: string;
          year?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ExpertsImported"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/committees/{id}/pool": {
    /** 将专家纳入评委会年度专家库（6月30日前） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            expertId: string;
            year: number;
            group: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ExpertPoolChanged"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/committees/{id}/pool/{year}/{expertId}": {
    /** 将专家移出评委会年度专家库（6月30日前） */
    delete: {
      parameters: {
        path: {
          id: string;
          year: number;
          expertId: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ExpertPoolChanged"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/experts/{id}/relations": {
    /** 登记专家与申报人的关系（回避依据） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            idNumber: string;
            /**
             * @description relative 亲属 | supervisor 导师 | student 学生 | co-author 合著 | declared-conflict 自行申报回避
             * @enum {string}
             */
            kind: "relative" | "supervisor" | "student" | "co-author" | "declared-conflict";
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ExpertRelationDeclared"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/review-sessions": {
    /** 评审会议列表 */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SessionSummary"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 组织评审会议（11月底前，直通车专场除外；不跨年度） */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            committeeId: string;
            name: string;
            heldOn: string;
            place: string;
            strata: {
                group: string;
                seats: number;
                alternates: number;
                greenChannel?: boolean;
              }[];
            /** @description 民营企业职称评审“直通车”专场：随时申报、单独评价、一年多评，不受11月底年度例会期限约束 */
            throughTrain?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
            };
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/review-sessions/{id}": {
    /** 会议控制台 */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SessionDetail"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/review-sessions/{id}/results/preview": {
    /** 结果预览（通过率控制） */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ResultsPreview"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/review-sessions/{id}/agenda": {
    /** 将已受理的申报列入议程 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            applicationIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SessionAgendaAdded"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/review-sessions/{id}/seed": {
    /** 冻结专家库快照并公布抽取种子 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            seed?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SessionSeedPublished"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/review-sessions/{id}/draw": {
    /** 抽取评审专家（含替补与回避） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SessionPanelDrawn"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/review-sessions/{id}/defence": {
    /** 安排答辩 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: uuid */
            applicationId: string;
            /** Format: date-time */
            at: string;
            place: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SessionDefenceScheduled"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/review-sessions/{id}/minutes": {
    /** 记录会议纪要与合议意见 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            minutes?: string;
            notes?: {
                /** Format: uuid */
                applicationId: string;
                note: string;
              }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SessionMinutesRecorded"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/review-sessions/{id}/voting/open": {
    /** 点名（法定人数）并开始表决 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            present: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SessionVotingOpened"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/review-sessions/{id}/voting/close": {
    /** 结束表决（只进行一轮） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SessionVotingClosed"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/review-sessions/{id}/cap-adjustments": {
    /** 评聘结合通过比例加成（吉林高校） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            adjustments: {
                capGroup: string;
                bonusId: string;
                points: number;
              }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SessionCapAdjustments"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/review-sessions/{id}/results": {
    /** 确定评审结果并开始结果公示 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SessionResultsFixed"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/review-sessions/{id}/filing": {
    /** 报送人社部门备案 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SessionFiled"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/review-sessions/{id}/announcement": {
    /** 发文公布 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            announcementNumber: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["SessionResultsAnnounced"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/review-sessions/{id}/applications/{applicationId}/evaluation-form.pdf": {
    /** 评定表PDF（一式三联） */
    get: {
      parameters: {
        path: {
          id: string;
          applicationId: string;
        };
      };
      responses: {
        /** @description 评定表（一式三联） */
        200: {
          content: {
            "application/pdf": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/expert/sessions": {
    /** 我参加的评审会议 */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ExpertSession"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/expert/sessions/{id}/items": {
    /** 评审事项（匿名） */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ExpertItems"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/expert/sessions/{id}/items/{code}/score": {
    /** 初审评分与评审意见 */
    post: {
      parameters: {
        path: {
          id: string;
          code: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            score: number;
            comment: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ScoreRecorded"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/expert/sessions/{id}/items/{code}/recusal": {
    /** 申请回避 */
    post: {
      parameters: {
        path: {
          id: string;
          code: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            detail: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["RecusalRecorded"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/expert/sessions/{id}/items/{code}/ballot": {
    /** 投票（每人每项一票，不进行第二轮） */
    post: {
      parameters: {
        path: {
          id: string;
          code: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            choice: "agree" | "disagree" | "abstain";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["BallotRecorded"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/review-sessions/{id}/pool-snapshot": {
    /** 专家抽取的冻结输入：专家库快照、回避依据、分组席位、种子及其SM3摘要，和已抽取的专家组（供审计复现抽取） */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PoolSnapshot"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/title-imports": {
    /** 本辖区（含下级）的历史数据导入任务，最新的在前 */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["TitleImportJobPage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 上传历史职称数据（multipart/form-data，字段 file；.xlsx 或 CSV，按内容判断，不超过200MB），返回导入任务 */
    post: {
      responses: {
        /** @description Default Response */
        202: {
          content: {
            "application/json": components["schemas"]["TitleImportJob"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/title-imports/template.xlsx": {
    /** 下载导入模板（含一行示例和填写说明） */
    get: {
      responses: {
        /** @description 职称历史数据导入模板 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/title-imports/{id}": {
    /** 导入任务的进度与计数，以及前100条问题 */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              fileName: string;
              regionCode: string;
              /** @enum {string} */
              status: "running" | "done" | "failed";
              totalRows: number;
              processedRows: number;
              importedRows: number;
              existingRows: number;
              failedRows: number;
              percent: number;
              failure: string | null;
              errorCount: number;
              startedAt: string;
              finishedAt: string | null;
              errors: components["schemas"]["TitleImportProblem"][];
            };
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/title-imports/{id}/errors.xlsx": {
    /** 下载错误报告（行号、列、问题） */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description 导入错误报告 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/public/phone-codes": {
    /** 获取短信验证码（注册账号、单位注册、找回密码） */
    post: {
      requestBody: {
        content: {
          "application/json": {
            phone: string;
            /** @enum {string} */
            purpose: "register" | "register-unit" | "reset-password";
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          content: {
            "application/json": components["schemas"]["CodeSent"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/public/registrations": {
    /**
     * 专业技术人员实名注册
     * @description 以真实姓名、居民身份证号码和经短信验证的手机号注册账号；同一身份证号码只能注册一个账号。已由单位或历史数据登记的人员，注册即认领本人档案。
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            name: string;
            idNumber: string;
            phone: string;
            code: string;
            password: string;
            /** @description 工作所在地行政区划代码 */
            regionCode: string;
            /** @description 登录用户名；不填则以手机号登录 */
            username?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["Registered"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/me/password": {
    /** 修改本人密码（须输入当前密码；其他登录会话随之结束） */
    put: {
      requestBody: {
        content: {
          "application/json": {
            current: string;
            next: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              otherSessionsEnded: number;
            };
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/me/sessions": {
    /** 本人当前登录的会话 */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: ({
                  /** @description 会话标识（令牌摘要的前16位，不能用于登录） */
                  id: string;
                  /** @enum {string} */
                  deviceClass: "mobile" | "desktop";
                  createdAt: string;
                  lastSeenAt: string;
                  /** @description 是否为发出本请求的会话 */
                  current: boolean;
                })[];
            };
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/me/sessions/{id}": {
    /** 结束本人的某个会话（如在他处忘记退出） */
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          content: never;
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/public/password-resets/codes": {
    /**
     * 找回密码：向注册手机号发送验证码
     * @description 无论该手机号是否绑定账号，应答都相同；只有绑定了账号的手机号才会收到短信。
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            phone: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          content: {
            "application/json": components["schemas"]["CodeSent"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/public/password-resets": {
    /** 找回密码：凭短信验证码设置新密码（所有登录会话随之结束） */
    post: {
      requestBody: {
        content: {
          "application/json": {
            phone: string;
            code: string;
            next: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description 该手机号绑定账号的登录用户名 */
              username: string;
              phone: string;
            };
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/me/employment": {
    /** 我的单位：当前人事（劳动）关系所在单位、待确认的申请和绑定记录 */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["MyEmployment"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/me/employment-bindings": {
    /**
     * 申请绑定人事（劳动）关系所在单位（由单位确认）
     * @description 单位须为已通过审核的用人单位；劳务派遣人员选择实际工作的用人单位，并填写劳务派遣单位。同一时间只能有一项待确认的申请。
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** @description 单位的统一社会信用代码（与 organisationId 二选一） */
            creditCode?: string;
            /**
             * Format: uuid
             * @description 从单位搜索结果中选择的单位（与 creditCode 二选一）
             */
            organisationId?: string;
            /**
             * @description 用工形式：staff 在编，contract 合同制，dispatch 劳务派遣
             * @enum {string}
             */
            relation: "staff" | "contract" | "dispatch";
            /** @description 劳务派遣单位（GET /api/v1/dispatch-agencies）；劳务派遣人员必填，其他不填 */
            dispatchAgencyId?: string | null;
            /** @description 在该单位的入职日期，不晚于今天，不早于年满16周岁之日 */
            startedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["PersonBinding"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description BINDING_PENDING 已有待确认的申请；ALREADY_BOUND 已绑定该单位 */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description UNIT_NOT_FOUND、UNIT_NOT_APPROVED、NOT_AN_EMPLOYER、NOT_A_DISPATCH_AGENCY、INVALID_START_DATE */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/me/employment-bindings/{id}/withdraw": {
    /** 撤回本人待单位确认的绑定申请 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PersonBinding"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description BINDING_DECIDED 单位已处理 */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/employers": {
    /** 搜索可绑定的用人单位（已通过审核；按名称或统一社会信用代码前缀，最多20个） */
    get: {
      parameters: {
        query?: {
          q?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["EmployerChoice"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/employer/binding-requests": {
    /** 本单位的人员绑定申请（筛选、排序、分页） */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          /** @description pending 待单位确认，confirmed 已确认，refused 单位已拒绝，withdrawn 本人已撤回，ended 更换单位后结束，unlinked 管理员已解除 */
          status?: "pending" | "confirmed" | "refused" | "withdrawn" | "ended" | "unlinked";
          /** @description 姓名 */
          q?: string;
          sort?: "requestedAt" | "-requestedAt" | "startedOn" | "-startedOn";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["UnitBindingPage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/employer/binding-requests/export": {
    /** 导出本单位人员绑定一览表（Excel） */
    get: {
      parameters: {
        query?: {
          /** @description pending 待单位确认，confirmed 已确认，refused 单位已拒绝，withdrawn 本人已撤回，ended 更换单位后结束，unlinked 管理员已解除 */
          status?: "pending" | "confirmed" | "refused" | "withdrawn" | "ended" | "unlinked";
          /** @description 姓名 */
          q?: string;
          sort?: "requestedAt" | "-requestedAt" | "startedOn" | "-startedOn";
        };
      };
      responses: {
        /** @description 人员绑定一览表 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/employer/binding-requests/{id}/confirm": {
    /** 确认人员绑定：本单位成为其人事（劳动）关系所在单位 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["UnitBinding"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description BINDING_DECIDED 已处理 */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/employer/binding-requests/{id}/refuse": {
    /** 拒绝人员绑定（须写明原因，申请人可见） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["UnitBinding"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description BINDING_DECIDED 已处理 */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/employer/staff": {
    /** 本单位已确认绑定的人员 */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          /** @description 姓名 */
          q?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["UnitBindingPage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/admin/employment-bindings/{id}/unlink": {
    /** 解除错误的人员与单位绑定（须写明原因） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["UnlinkedBinding"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description BINDING_NOT_CURRENT 不是已确认的当前绑定 */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/employer/staff-import/template": {
    /** 下载批量登记人员模板（.xlsx，含填写说明） */
    get: {
      responses: {
        /** @description 批量登记人员模板 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/employer/staff-import": {
    /**
     * 上传填好的批量登记人员模板（multipart/form-data，字段 file；.xlsx，至多5000行）
     * @description 登记到当前账号所属单位（须已通过审核）。逐行校验后整体写入：只要有一行有误，就不登记任何人员，返回422及逐行结果；dryRun=true 只校验、预览结果，不写入。未注册账号的人员收到注册邀请短信，已有账号的人员收到站内通知。
     */
    post: {
      parameters: {
        query?: {
          /** @description true：只校验并预览结果，不写入 */
          dryRun?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["StaffImportReport"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": {
              error: {
                code: string;
                message: string;
                details: components["schemas"]["FieldProblem"][];
              };
              report?: components["schemas"]["StaffImportReport"];
            };
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/employer/staff-import/report.xlsx": {
    /** 将登记结果（预检或导入的返回）导出为Excel */
    post: {
      requestBody: {
        content: {
          "application/json": {
            rows: ({
                /** @description Excel中的行号（表头为第1行） */
                row: number;
                name: string;
                /** @description 脱敏后的身份证号码 */
                idNumberMasked: string | null;
                relation: ("staff" | "contract" | "dispatch") | null;
                /**
                 * @description created 登记成功；bound 已存在并绑定；unchanged 已是本单位人员；invalid 错误
                 * @enum {string}
                 */
                status: "created" | "bound" | "unchanged" | "invalid";
                message: string;
                /** @description 注册邀请短信：planned 待发送（预检）；sent 已发送；failed 发送失败；null 无需邀请 */
                invitation: ("planned" | "sent" | "failed") | null;
              })[];
          };
        };
      };
      responses: {
        /** @description 批量登记结果 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/certificates": {
    /** 证书台账（签发、补换、撤销） */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          status?: "valid" | "revoked" | "voided";
          year?: number;
          series?: string;
          source?: "review" | "import";
          keyword?: string;
          sort?: "issuedOn" | "-issuedOn" | "number" | "-number" | "holderName" | "-holderName";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["LedgerPage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/certificates/export": {
    /** 导出证书台账（Excel，最多5万条） */
    get: {
      parameters: {
        query?: {
          status?: "valid" | "revoked" | "voided";
          year?: number;
          series?: string;
          source?: "review" | "import";
          keyword?: string;
        };
      };
      responses: {
        /** @description 证书台账 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/me/certificates": {
    /** 我的职称证书（含历史导入） */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: components["schemas"]["MyCertificate"][];
            };
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/certificates/{id}": {
    /** 证书详情、台账记录和可执行的操作 */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["CertificateDetail"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/certificates/{id}/pdf": {
    /** 下载电子职称证书（PDF，SM2签名） */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description 电子职称证书（内嵌SM2签名） */
        200: {
          content: {
            "application/pdf": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/certificates/{id}/replace": {
    /** 补换证书（原编号作废，签发新编号） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              number: string;
              oldNumber: string;
            };
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/certificates/{id}/revoke": {
    /** 撤销证书（写明原因和决定机关） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            reason: string;
            authority: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              number: string;
              /** @enum {string} */
              status: "revoked";
              revokedOn: string;
            };
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/public/certificates/{number}": {
    /** 按证书编号查验职称证书（持证人姓名脱敏） */
    get: {
      parameters: {
        path: {
          number: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PublicCertificate"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/public/keys": {
    /** 证书签名公钥及有效期（SM2/SM3，用于离线核验） */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              keys: components["schemas"]["PublicSigningKey"][];
            };
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/integrity/findings": {
    /** 诚信档案（本辖区失信行为记录，身份证号码已脱敏） */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          q?: string;
          bannedNow?: "true" | "false";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["FindingPage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 认定弄虚作假行为，记入诚信档案（撤销所列职称证书，禁止申报期按政策参数） */
    post: {
      requestBody: {
        content: {
          "application/json": {
            personName: string;
            idNumber: string;
            regionCode: string;
            decisionNumber: string;
            decidedOn: string;
            facts: string;
            evidence: string;
            certificateNumbers: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["RecordedFinding"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/integrity/findings/export": {
    /** 导出失信行为记录一览表（Excel） */
    get: {
      parameters: {
        query?: {
          q?: string;
          bannedNow?: "true" | "false";
        };
      };
      responses: {
        /** @description 失信行为记录一览表 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/integrity/findings/{id}": {
    /** 失信行为记录详情（含事实与证据） */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["FindingDetail"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/integrity/ban-check": {
    /** 按身份证号码查询是否处于禁止申报期 */
    post: {
      requestBody: {
        content: {
          "application/json": {
            idNumber: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              idNumberMasked: string;
              banned: boolean;
              bannedUntil: string | null;
              findings: number;
              today: string;
            };
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/public/complaints/recipients": {
    /** 受理投诉举报的人社部门（按行政区划） */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ComplaintRecipient"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/public/complaints": {
    /** 提交投诉举报（须实名并留联系电话，无需登录） */
    post: {
      requestBody: {
        content: {
          "application/json": {
            complainantName: string;
            phone: string;
            regionCode: string;
            subject: string;
            content: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["LodgedComplaint"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/complaints": {
    /** 本辖区投诉举报（联系电话已脱敏） */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          status?: "open" | "resolved";
          malicious?: "true" | "false";
          q?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ComplaintPage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/complaints/{id}/resolve": {
    /** 登记投诉举报的核查处理结果（办结） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            outcome: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Complaint"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/complaints/{id}/flag-malicious": {
    /** 标记为恶意举报并登记处理措施 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            sanction: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Complaint"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/public/unit-registrations": {
    /**
     * 单位注册（用人单位、劳务派遣单位）
     * @description 以统一社会信用代码注册单位及其管理员账号，联系人手机号须经短信验证（用途 register-unit）。注册后单位和账号待所在地人社部门审核，审核通过前不能登录。被退回的注册，以同一统一社会信用代码和原联系人手机号重新提交即替换原注册。
     */
    post: {
      requestBody: {
        content: {
          "application/json": {
            creditCode: string;
            name: string;
            /** @enum {string} */
            kind: "employer" | "dispatch-agency";
            /**
             * @description 单位性质；用人单位必填
             * @enum {string}
             */
            employerKind?: "public-institution" | "state-enterprise" | "private-enterprise" | "government" | "military" | "other";
            /** @description 单位所在地行政区划代码：由该地人社部门审核 */
            regionCode: string;
            address: string;
            contactName: string;
            /** @description 联系人手机号：经短信验证，作为单位管理员账号的手机号 */
            contactPhone: string;
            code: string;
            username: string;
            password: string;
            /** @description 主管部门（见 /api/v1/public/departments） */
            departmentId?: string | null;
            /** @description 劳务派遣单位填写：派往的用人单位（统一社会信用代码或标识），须为已审核通过的用人单位 */
            dispatchesTo?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["UnitRegistered"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        429: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/public/departments": {
    /** 可选的主管部门（所在地区及上级地区） */
    get: {
      parameters: {
        query: {
          regionCode: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["DepartmentOption"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/unit-registrations": {
    /** 本辖区单位注册列表（筛选、排序、分页） */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          /** @description 单位名称或统一社会信用代码 */
          q?: string;
          status?: "pending" | "approved" | "returned";
          kind?: "employer" | "dispatch-agency";
          sort?: "createdAt" | "-createdAt" | "name" | "-name";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["UnitRegistrationPage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/unit-registrations/export": {
    /** 导出单位注册一览表（Excel） */
    get: {
      parameters: {
        query?: {
          /** @description 单位名称或统一社会信用代码 */
          q?: string;
          status?: "pending" | "approved" | "returned";
          kind?: "employer" | "dispatch-agency";
          sort?: "createdAt" | "-createdAt" | "name" | "-name";
        };
      };
      responses: {
        /** @description 单位注册一览表 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/unit-registrations/{id}": {
    /** 单位注册详情（联系人手机号脱敏、主管部门、派遣关系） */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["UnitRegistrationDetail"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/unit-registrations/{id}/approve": {
    /** 审核通过单位注册（开通单位管理员账号，派遣关系生效，短信通知） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["UnitRegistrationDetail"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/unit-registrations/{id}/return": {
    /** 退回单位注册（写明退回意见，单位修改后重新提交） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["UnitRegistrationDetail"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/organisations/{id}/department": {
    /**
     * 设置或取消单位的主管部门
     * @description 此后提交的申报按新的主管部门流转（有主管部门则经主管部门审核）；已提交的申报不受影响。
     */
    put: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description 主管部门；null 为取消 */
            departmentId: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Organisation"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/organisations/{id}/dispatch-relations": {
    /** 劳务派遣单位的派遣关系 */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["DispatchRelation"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 添加派遣关系（派往的用人单位） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            unit: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["DispatchRelation"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/organisations/{id}/dispatch-relations/{unitId}": {
    /** 终止派遣关系 */
    delete: {
      parameters: {
        path: {
          id: string;
          unitId: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["DispatchRelation"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/post-plans": {
    /** 岗位设置方案列表（本单位、所属单位或本辖区；按状态筛选即为待审核、待审批队列） */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          state?: "draft" | "submitted" | "reviewed" | "returned" | "approved" | "superseded";
          /** @description 单位 */
          organisationId?: string;
          /** @description 方案生效年度 */
          year?: number;
          sort?: "effectiveFrom" | "-effectiveFrom" | "updatedAt" | "-updatedAt" | "unit" | "-unit";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PostPlanPage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 编制本单位岗位设置方案（草稿，新版本） */
    post: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["PostPlanDraftInput"];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["PostPlan"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/post-plans/export": {
    /** 导出岗位设置方案一览表（Excel） */
    get: {
      parameters: {
        query?: {
          state?: "draft" | "submitted" | "reviewed" | "returned" | "approved" | "superseded";
          /** @description 单位 */
          organisationId?: string;
          /** @description 方案生效年度 */
          year?: number;
          sort?: "effectiveFrom" | "-effectiveFrom" | "updatedAt" | "-updatedAt" | "unit" | "-unit";
        };
      };
      responses: {
        /** @description 岗位设置方案一览表 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/post-plans/{id}": {
    /** 岗位设置方案详情（含按现行政策逐项检查的结果） */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PostPlan"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 修改草稿或已退回的岗位设置方案（整份替换） */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["PostPlanDraftInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PostPlan"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/post-plans/{id}/submit": {
    /** 报送岗位设置方案（有主管部门的报主管部门审核，否则直接报人社部门；不符合规定的逐项列出） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PostPlan"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["PostPlanRefusal"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/post-plans/{id}/review": {
    /** 主管部门审核通过岗位设置方案，报人社部门审批 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @default null */
            note: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PostPlan"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/post-plans/{id}/return": {
    /** 退回岗位设置方案（逐条写明退回意见，单位修改后重新报送） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            reasons: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PostPlan"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/post-plans/{id}/approve": {
    /** 人社部门批准岗位设置方案（填写批复文号；原方案自新方案生效之日起停止执行） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description 批复文号，如 鞍人社批〔2026〕12号 */
            approvalDocument: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PostPlan"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["PostPlanRefusal"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/post-plans/{id}/review-form": {
    /** 导出岗位设置审核表（Excel） */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description 岗位设置审核表 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/post-plans/{id}/review-form.pdf": {
    /** 导出岗位设置审核表（PDF） */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description 岗位设置审核表 */
        200: {
          content: {
            "application/pdf": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/post-boards/{unitId}": {
    /** 单位岗位设置情况（各等级核定数、已聘、空缺、借用、特设、超岗） */
    get: {
      parameters: {
        query?: {
          /** @description 日期，默认今天 */
          asOf?: string;
        };
        path: {
          unitId: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PostBoard"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/appointments": {
    /** 岗位聘用列表（本单位、所属单位或本辖区；按状态筛选即为待审核、待备案队列） */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          state?: "draft" | "publicised" | "reviewed" | "returned" | "filed" | "ended";
          /** @description 单位 */
          organisationId?: string;
          /** @description 人员 */
          personId?: string;
          grade?: number;
          sort?: "startDate" | "-startDate" | "updatedAt" | "-updatedAt" | "grade" | "-grade";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["AppointmentPage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 起草聘用申请（草稿） */
    post: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["AppointmentDraftInput"];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["Appointment"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/appointments/export": {
    /** 导出聘用花名册（Excel） */
    get: {
      parameters: {
        query?: {
          state?: "draft" | "publicised" | "reviewed" | "returned" | "filed" | "ended";
          /** @description 单位 */
          organisationId?: string;
          /** @description 人员 */
          personId?: string;
          grade?: number;
          sort?: "startDate" | "-startDate" | "updatedAt" | "-updatedAt" | "grade" | "-grade";
        };
      };
      responses: {
        /** @description 聘用花名册 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/appointments/{id}": {
    /** 聘用详情（含逐项检查结果） */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Appointment"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 修改草稿或已退回的聘用申请（整份替换） */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["AppointmentDraftInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Appointment"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/appointments/check": {
    /** 按现行政策检查聘用申请（不保存，供填写时实时提示） */
    post: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["AppointmentDraftInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["AppointmentCheck"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/appointments/{id}/propose": {
    /** 提交聘用申请并在单位公示（不符合规定的逐项列出；仅差时间的给出最早聘用日期） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description 仅差时间条件时，同意将聘用起始日期改为最早可聘日期并按该日提交公示 */
            acceptEarliestDate?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Appointment"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["AppointmentRefusal"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/appointments/{id}/review": {
    /** 主管部门审核聘用申请（公示期满后） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @default null */
            note: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Appointment"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/appointments/{id}/return": {
    /** 退回聘用申请（逐条写明退回意见，单位修改后重新提交） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            reasons: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Appointment"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/appointments/{id}/file": {
    /** 人社部门备案聘用（填写备案文号；原聘岗位自新聘之日起终止） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description 人社部门备案文号 */
            approvalDocument: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Appointment"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["AppointmentRefusal"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/appointments/{id}/end": {
    /** 解除聘用（起草解除聘用申请，按程序公示、审核、备案） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description 解除聘用日期 */
            endDate: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["Appointment"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/post-histories/{personId}": {
    /** 个人岗位聘用经历 */
    get: {
      parameters: {
        path: {
          personId: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["Appointment"][];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/post-monitoring": {
    /** 岗位监测：本辖区（或所属单位）岗位设置情况汇总、超岗、长期空缺、特设岗位、未核准方案单位 */
    get: {
      parameters: {
        query?: {
          /** @description 行政区划代码（本辖区或其下级），默认本辖区 */
          regionCode?: string;
          /** @description 日期，默认今天（今天的数字取自随每次变动更新的汇总） */
          asOf?: string;
          /** @description 单位类型（现行方案的经费形式） */
          kind?: "full" | "partial" | "self";
          /** @description 岗位层级 */
          level?: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
          /** @description 各清单首页的行数 */
          pageSize?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PostMonitoring"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/post-monitoring/lists/{list}": {
    /** 岗位监测清单（分页）：over-quota 超岗、idle-vacancies 长期空缺、special-posts 特设岗位、without-plan 无现行方案 */
    get: {
      parameters: {
        query?: {
          /** @description 行政区划代码（本辖区或其下级），默认本辖区 */
          regionCode?: string;
          /** @description 日期，默认今天（今天的数字取自随每次变动更新的汇总） */
          asOf?: string;
          /** @description 单位类型（现行方案的经费形式） */
          kind?: "full" | "partial" | "self";
          /** @description 岗位层级 */
          level?: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
          page?: number;
          pageSize?: number;
          sort?: "figure" | "-figure" | "unit" | "-unit";
        };
        path: {
          list: "over-quota" | "idle-vacancies" | "special-posts" | "without-plan";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PostMonitoringListPage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/post-monitoring/units": {
    /** 岗位监测：各单位各等级岗位数字（与单位岗位看板一致，分页） */
    get: {
      parameters: {
        query?: {
          /** @description 行政区划代码（本辖区或其下级），默认本辖区 */
          regionCode?: string;
          /** @description 日期，默认今天（今天的数字取自随每次变动更新的汇总） */
          asOf?: string;
          /** @description 单位类型（现行方案的经费形式） */
          kind?: "full" | "partial" | "self";
          /** @description 岗位层级 */
          level?: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
          page?: number;
          pageSize?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PostMonitoringUnits"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/post-monitoring/statistics/export": {
    /** 导出岗位设置情况统计表（Excel，各单位一行并附合计行） */
    get: {
      parameters: {
        query?: {
          /** @description 行政区划代码（本辖区或其下级），默认本辖区 */
          regionCode?: string;
          /** @description 日期，默认今天（今天的数字取自随每次变动更新的汇总） */
          asOf?: string;
          /** @description 单位类型（现行方案的经费形式） */
          kind?: "full" | "partial" | "self";
          /** @description 岗位层级 */
          level?: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
        };
      };
      responses: {
        /** @description 岗位设置情况统计表 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/post-monitoring/changes/export": {
    /** 导出岗位变动表（Excel，期间内备案或解聘的聘用） */
    get: {
      parameters: {
        query: {
          /** @description 行政区划代码（本辖区或其下级），默认本辖区 */
          regionCode?: string;
          /** @description 期间首日 */
          from: string;
          /** @description 期间末日（含） */
          to: string;
        };
      };
      responses: {
        /** @description 岗位变动表 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/grade-filings/options": {
    /** 填写岗位评定备案所需：适用条款、该等级核定数额和空余岗位、下一等级在聘人员 */
    get: {
      parameters: {
        query: {
          targetGrade: number;
          plannedDate: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["GradeFilingOptions"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/grade-filings": {
    /** 岗位评定备案列表（本单位或本辖区；按状态筛选即为省人社厅待答复、待核准队列） */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          state?: "draft" | "communicated" | "acknowledged" | "reported" | "approved" | "returned";
          /** @description 单位 */
          organisationId?: string;
          targetGrade?: number;
          sort?: "updatedAt" | "-updatedAt" | "plannedDate" | "-plannedDate";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["GradeFilingPage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 起草岗位评定备案（草稿） */
    post: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["GradeFilingDraftInput"];
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": components["schemas"]["GradeFiling"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/grade-filings/export": {
    /** 导出岗位评定备案登记表（Excel，每名参评人员一行） */
    get: {
      parameters: {
        query?: {
          state?: "draft" | "communicated" | "acknowledged" | "reported" | "approved" | "returned";
          /** @description 单位 */
          organisationId?: string;
          targetGrade?: number;
          sort?: "updatedAt" | "-updatedAt" | "plannedDate" | "-plannedDate";
        };
      };
      responses: {
        /** @description 岗位评定备案登记表 */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/grade-filings/{id}": {
    /** 岗位评定备案详情（含逐项检查结果） */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["GradeFiling"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
    /** 修改草稿或已退回的岗位评定备案（整份替换） */
    patch: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["GradeFilingDraftInput"];
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["GradeFiling"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/grade-filings/{id}/communicate": {
    /** 报送评前沟通（参评人员、岗位数额、评定标准；不符合规定的逐项列出） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["GradeFiling"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["GradeFilingRefusal"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/grade-filings/{id}/acknowledge": {
    /** 省人社厅答复评前沟通，同意单位开展评定 */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description 答复意见
             * @default null
             */
            note: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["GradeFiling"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/grade-filings/{id}/report": {
    /** 报送评后报告（逐人写明评定结果；通过人数不得超过空余岗位） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description 评定日期 */
            evaluatedOn: string;
            /**
             * @description 评定情况说明
             * @default null
             */
            note: string | null;
            results: ({
                /** Format: uuid */
                personId: string;
                passed: boolean;
                /**
                 * @description 票数或得分
                 * @default null
                 */
                result: string | null;
              })[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["GradeFiling"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["GradeFilingRefusal"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/grade-filings/{id}/return": {
    /** 省人社厅退回评前沟通或评后报告（逐条写明意见） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            reasons: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["GradeFiling"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/grade-filings/{id}/approve": {
    /** 省人社厅备案核准（填写文号；通过人员方可聘用到该等级岗位） */
    post: {
      parameters: {
        path: {
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description 省人社厅备案核准文号 */
            approvalDocument: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["GradeFiling"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["GradeFilingRefusal"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/admin/deadlines": {
    /** 期限任务列表（status：failed 已失败、pending 待处理、done 已完成；默认 failed） */
    get: {
      parameters: {
        query?: {
          status?: "pending" | "failed" | "done";
          page?: number;
          pageSize?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["DeadlinePage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/admin/deadlines/{id}/retry": {
    /** 重试已失败的期限任务：重置尝试次数，交由后台重新处理（记入审计日志） */
    post: {
      parameters: {
        path: {
          id: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["DeadlineRow"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/operator/status": {
    /** 服务进程与数据库概况（迁移、用户数） */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["ServerStatus"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/operator/deadlines/sweep": {
    /** 立即处理已到期的期限并发送待发消息 */
    post: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["DeadlineSweep"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/operator/deadlines": {
    /** 期限任务列表（同 /api/v1/admin/deadlines） */
    get: {
      parameters: {
        query?: {
          status?: "pending" | "failed" | "done";
          page?: number;
          pageSize?: number;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["DeadlinePage"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/operator/audit/verify": {
    /** 封存并校验审计日志哈希链及评审结果 */
    post: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["AuditTrailCheck"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/operator/review-sessions/{id}/pool-snapshot": {
    /** 专家抽取的冻结输入（同 /api/v1/review-sessions/{id}/pool-snapshot） */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": components["schemas"]["PoolSnapshot"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/operator/title-imports": {
    /** 导入历史职称数据（请求体为文件内容 application/octet-stream；回复为逐行JSON：progress、problem，最后 done 或 error） */
    post: {
      parameters: {
        query: {
          regionCode: string;
          fileName: string;
        };
      };
      responses: {
        /** @description 逐行JSON，每行一个 TitleImportStreamLine */
        200: {
          content: {
            "application/x-ndjson": components["schemas"]["TitleImportStreamLine"];
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/admin/backup": {
    /** 下载全量备份（tar：数据库与全部附件，与 bin/zhiping backup 相同；用 bin/zhiping restore 恢复） */
    post: {
      responses: {
        /** @description 备份归档（tar） */
        200: {
          content: {
            "application/x-tar": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
  "/api/v1/operator/backup": {
    /** 全量备份（tar：数据库与全部附件，与 bin/zhiping backup 相同；用 bin/zhiping restore 恢复），供服务运行时的 bin/zhiping backup */
    post: {
      responses: {
        /** @description 备份归档（tar） */
        200: {
          content: {
            "application/x-tar": string;
          };
        };
        /** @description 请求不合法：参数未通过校验（VALIDATION_FAILED 等），或含有无法保存的字符（INVALID_TEXT：空字符U+0000、不成对的代理项） */
        400: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        413: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        415: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
        /** @description 数据库暂时无法连接（SERVICE_UNAVAILABLE），稍后重试 */
        503: {
          headers: {
            /** @description 建议等待的秒数 */
            "Retry-After"?: number;
          };
          content: {
            "application/json": components["schemas"]["Error"];
          };
        };
      };
    };
  };
}

export type webhooks = Record<string, never>;

export interface components {
  schemas: {
    AgendaItem: {
      applicationId: string;
      number: string;
      code: string;
      group: string;
      greenChannel: boolean;
      personName: string;
      employerName: string;
      title: string;
      pathwayName: string;
      /** @enum {string} */
      state: "draft" | "submitted" | "unit-publicity" | "dispatch-review" | "dispatch-publicity" | "department-review" | "hr-review" | "committee-review" | "accepted" | "in-review" | "result-publicity" | "not-passed" | "revoked" | "filed" | "conferred" | "returned" | "not-recommended" | "withdrawn";
      stateName: string;
      defenceAt: string | null;
      defencePlace: string | null;
      deliberationNote: string | null;
      scoreCount: number;
      averageScore: number | null;
      comments: {
          expertName: string;
          score: number;
          comment: string;
        }[];
      ballotsCast: number;
      /** @description 表决结束后的票数 */
      tally: {
        agree: number;
        disagree: number;
        abstain: number;
      } | null;
      result: components["schemas"]["FixedResult"] | null;
    };
    ApplicantInput: {
      birthDate: string;
      /** @default false */
      retired: boolean;
      /**
       * @default mainland
       * @enum {string}
       */
      residence: "mainland" | "hk" | "mo" | "tw" | "foreign-permanent" | "foreign-talent-permit" | "foreign-other";
      /** @default [] */
      education: ({
          /** @enum {string} */
          degree: "doctorate" | "master" | "second-bachelor" | "bachelor" | "associate" | "secondary" | "none";
          /** @default true */
          fullTime: boolean;
          /** @default false */
          vocational: boolean;
          /** @default null */
          major: string | null;
          /** @default null */
          graduatedOn: string | null;
        })[];
      /** @default [] */
      titles: ({
          series: string;
          /** @enum {string} */
          level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
          obtainedOn: string;
          /**
           * @default review
           * @enum {string}
           */
          via: "review" | "exam" | "recognition" | "qualification";
        })[];
      /** @default null */
      practicedSpecialty: {
        specialty: string;
        since: string;
      } | null;
      /** @default [] */
      work: ({
          from: string;
          /** @default null */
          to: string | null;
          /** @enum {string} */
          employerKind: "public-institution" | "state-enterprise" | "private-enterprise" | "government" | "military" | "other";
          /**
           * @default city
           * @enum {string}
           */
          area: "city" | "county" | "township" | "village";
          /** @default true */
          frontline: boolean;
          /**
           * @default staff
           * @enum {string}
           */
          relation: "staff" | "contract" | "dispatch";
          /** @default false */
          teaching: boolean;
          /** @enum {string} */
          appointmentMode?: "separated" | "combined";
        })[];
      /** @default [] */
      posts: ({
          grade: number;
          from: string;
          /** @default null */
          to: string | null;
        })[];
      /** @default [] */
      annualAppraisals: ({
          year: number;
          /** @enum {string} */
          result: "excellent" | "competent" | "basically-competent" | "incompetent";
        })[];
      /** @default [] */
      continuingEducation: {
          year: number;
          hours: number;
          professionalHours: number;
        }[];
      /** @default [] */
      recommendations: ({
          /** @enum {string} */
          byLevel: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
          /** @default true */
          sameOrCloseSpecialty: boolean;
        })[];
      /** @default [] */
      achievements: ({
          /** @enum {string} */
          kind: "postdoc-completed" | "postdoc-innovation-gold" | "postdoc-innovation-gold-mentor" | "worldskills-gold" | "worldskills-gold-coach" | "national-skills-gold" | "national-skills-gold-coach" | "major-breakthrough" | "excellent-engineer-team" | "academician-recommendation" | "enterprise-lead-recommendation" | "outstanding-contribution-enterprise-staff" | "skill-level" | "professional-qualification" | "research-team-member" | "flexible-talent" | "cross-region-placement" | "high-skill-leader" | "outstanding-contribution" | "county-innovator";
          /** @default null */
          on: string | null;
          /** @enum {string} */
          level?: "senior-worker" | "technician" | "senior-technician" | "principal-technician";
          name?: string;
          recommender?: string;
          award?: string;
          sameOrCloseSpecialty?: boolean;
        })[];
      /**
       * @default {
       *   "returnee": false,
       *   "partyGovTransfer": false,
       *   "militaryTransfer": false,
       *   "oneStepUsed": false,
       *   "countyServiceContractYears": 0,
       *   "covidFrontline": null,
       *   "talentCategory": null
       * }
       */
      statuses: {
        /** @default false */
        returnee: boolean;
        /** @default false */
        partyGovTransfer: boolean;
        /** @default false */
        militaryTransfer: boolean;
        /** @default false */
        oneStepUsed: boolean;
        /** @default 0 */
        countyServiceContractYears: number;
        /** @default null */
        covidFrontline: {
          /** @default false */
          contact: boolean;
          /** @default false */
          outstanding: boolean;
        } | null;
        /** @default null */
        talentCategory: ("A" | "B" | "C" | "D" | "E") | null;
      };
      /**
       * @default {
       *   "bannedUntil": null
       * }
       */
      integrity: {
        /** @default null */
        bannedUntil: string | null;
      };
      /** @default [] */
      applicationsThisYear: ({
          series: string;
          /** @enum {string} */
          level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
        })[];
      /** @default null */
      socialInsurance: {
        monthsWithCurrentEmployer: number;
      } | null;
    };
    /** @description 申报人档案中的申报人信息（CONTRACTS §1 的 applicant，未保存过的只有出生日期和职称） */
    ApplicantProfile: {
      birthDate?: string;
      retired?: boolean;
      /** @enum {string} */
      residence?: "mainland" | "hk" | "mo" | "tw" | "foreign-permanent" | "foreign-talent-permit" | "foreign-other";
      education?: ({
          /** @enum {string} */
          degree: "doctorate" | "master" | "second-bachelor" | "bachelor" | "associate" | "secondary" | "none";
          /** @default true */
          fullTime: boolean;
          /** @default false */
          vocational: boolean;
          /** @default null */
          major: string | null;
          /** @default null */
          graduatedOn: string | null;
        })[];
      titles?: ({
          series: string;
          /** @enum {string} */
          level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
          obtainedOn: string;
          /**
           * @default review
           * @enum {string}
           */
          via: "review" | "exam" | "recognition" | "qualification";
        })[];
      practicedSpecialty?: {
        specialty: string;
        since: string;
      } | null;
      work?: ({
          from: string;
          /** @default null */
          to: string | null;
          /** @enum {string} */
          employerKind: "public-institution" | "state-enterprise" | "private-enterprise" | "government" | "military" | "other";
          /**
           * @default city
           * @enum {string}
           */
          area: "city" | "county" | "township" | "village";
          /** @default true */
          frontline: boolean;
          /**
           * @default staff
           * @enum {string}
           */
          relation: "staff" | "contract" | "dispatch";
          /** @default false */
          teaching: boolean;
          /** @enum {string} */
          appointmentMode?: "separated" | "combined";
        })[];
      posts?: ({
          grade: number;
          from: string;
          /** @default null */
          to: string | null;
        })[];
      annualAppraisals?: ({
          year: number;
          /** @enum {string} */
          result: "excellent" | "competent" | "basically-competent" | "incompetent";
        })[];
      continuingEducation?: {
          year: number;
          hours: number;
          professionalHours: number;
        }[];
      recommendations?: ({
          /** @enum {string} */
          byLevel: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
          /** @default true */
          sameOrCloseSpecialty: boolean;
        })[];
      achievements?: ({
          /** @enum {string} */
          kind: "postdoc-completed" | "postdoc-innovation-gold" | "postdoc-innovation-gold-mentor" | "worldskills-gold" | "worldskills-gold-coach" | "national-skills-gold" | "national-skills-gold-coach" | "major-breakthrough" | "excellent-engineer-team" | "academician-recommendation" | "enterprise-lead-recommendation" | "outstanding-contribution-enterprise-staff" | "skill-level" | "professional-qualification" | "research-team-member" | "flexible-talent" | "cross-region-placement" | "high-skill-leader" | "outstanding-contribution" | "county-innovator";
          /** @default null */
          on: string | null;
          /** @enum {string} */
          level?: "senior-worker" | "technician" | "senior-technician" | "principal-technician";
          name?: string;
          recommender?: string;
          award?: string;
          sameOrCloseSpecialty?: boolean;
        })[];
      statuses?: {
        /** @default false */
        returnee: boolean;
        /** @default false */
        partyGovTransfer: boolean;
        /** @default false */
        militaryTransfer: boolean;
        /** @default false */
        oneStepUsed: boolean;
        /** @default 0 */
        countyServiceContractYears: number;
        /** @default null */
        covidFrontline: {
          /** @default false */
          contact: boolean;
          /** @default false */
          outstanding: boolean;
        } | null;
        /** @default null */
        talentCategory: ("A" | "B" | "C" | "D" | "E") | null;
      };
      integrity?: {
        /** @default null */
        bannedUntil: string | null;
      };
      applicationsThisYear?: ({
          series: string;
          /** @enum {string} */
          level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
        })[];
      socialInsurance?: {
        monthsWithCurrentEmployer: number;
      } | null;
    };
    ApplicationAction: {
      /**
       * @description 申报流程中的操作（可执行的操作见各申报的 actions[].event）
       * @enum {string}
       */
      event: "submit" | "withdraw" | "start-unit-publicity" | "return" | "decline" | "recommend" | "start-dispatch-publicity" | "dispatch-return" | "dispatch-approve" | "department-approve" | "department-return" | "hr-approve" | "hr-return" | "committee-accept" | "committee-return" | "schedule" | "pass" | "fail" | "revoke" | "file" | "announce";
      name: string;
    };
    ApplicationDetail: {
      id: string;
      number: string;
      year: number;
      personName: string;
      employerName: string;
      series: string;
      seriesName: string;
      /** @enum {string} */
      level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
      levelName: string;
      specialty: string;
      /** @description 申报资格，如 高级工程师（通信工程） */
      title: string;
      /** @enum {string} */
      pathway: "regular" | "exceptional" | "green-channel" | "direct-recognition" | "one-step" | "recommendation" | "through-train" | "skills-bridge" | "qualification-mapping";
      pathwayName: string;
      /** @enum {string} */
      state: "draft" | "submitted" | "unit-publicity" | "dispatch-review" | "dispatch-publicity" | "department-review" | "hr-review" | "committee-review" | "accepted" | "in-review" | "result-publicity" | "not-passed" | "revoked" | "filed" | "conferred" | "returned" | "not-recommended" | "withdrawn";
      stateName: string;
      eligible: boolean;
      dispatched: boolean;
      unitPublicityEndsOn: string | null;
      dispatchPublicityEndsOn: string | null;
      submittedAt: string | null;
      updatedAt: string;
      version: number;
      idNumberMasked: string;
      dispatchAgencyName: string | null;
      departmentName: string | null;
      committee: {
        id: string;
        name: string;
        entrusted: boolean;
      } | null;
      /** @description 所适用的政策集 */
      policy: {
        id: string;
        name: string;
        note: string | null;
      };
      eligibility: components["schemas"]["EligibilityResult"];
      /** @description 申报人填报的现有职称与岗位聘任 */
      applicant: {
        titles: ({
            series: string;
            /** @enum {string} */
            level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
            obtainedOn: string;
            /** @enum {string} */
            via: "review" | "exam" | "recognition" | "qualification";
          })[];
        /** @description 岗位聘任：资格审查按此计算任职年限 */
        posts: ({
            grade: number;
            from: string;
            /** @description 不含该日；空：仍在聘 */
            to: string | null;
            /** @description true：聘用备案记录；false：本人填报、无聘用记录印证 */
            verified: boolean;
          })[];
      };
      verification: components["schemas"]["TitleVerification"];
      lastReason: string | null;
      returnedByCommittee: boolean;
      attachments: ({
          id: string;
          /** @enum {string} */
          kind: "education-certificate" | "title-certificate" | "qualification-certificate" | "appraisal-record" | "continuing-education" | "achievement" | "recommendation" | "other";
          fileName: string;
          contentType: string;
          size: number;
          sm3: string;
        })[];
      commitments: ({
          /** @enum {string} */
          kind: "personal" | "unit";
          title: string;
          textVersion: string;
          textSm3: string;
          signedBy: string;
          signedAt: string;
        })[];
      publicity: ({
          id: string;
          /**
           * @description unit 单位公示 | dispatch 派遣单位公示 | result 结果公示
           * @enum {string}
           */
          kind: "unit" | "dispatch" | "result";
          startsOn: string;
          endsOn: string;
        })[];
      objections: ({
          id: string;
          /**
           * @description unit 单位公示 | dispatch 派遣单位公示 | result 结果公示
           * @enum {string}
           */
          noticeKind: "unit" | "dispatch" | "result";
          /** @enum {string} */
          status: "open" | "upheld" | "dismissed";
          content: string;
          outcome: string | null;
          createdAt: string;
          handledAt: string | null;
          /** @description 只有处理异议的单位看得到 */
          complainantName: string | null;
          contact: string | null;
          canResolve: boolean;
        })[];
      timeline: ({
          event: string;
          /** @enum {string} */
          toState: "draft" | "submitted" | "unit-publicity" | "dispatch-review" | "dispatch-publicity" | "department-review" | "hr-review" | "committee-review" | "accepted" | "in-review" | "result-publicity" | "not-passed" | "revoked" | "filed" | "conferred" | "returned" | "not-recommended" | "withdrawn";
          toStateName: string;
          actorRoleName: string;
          actorName: string;
          organisationName: string | null;
          reason: string | null;
          occurredAt: string;
        })[];
      /** @description 当前用户对该申报所处的角色 */
      roles: ("applicant" | "employer" | "dispatcher" | "department" | "hr" | "committee-office" | "expert" | "supervisor" | "admin")[];
      actions: components["schemas"]["ApplicationAction"][];
    };
    ApplicationListAction: {
      /**
       * @description notices-pdf 打印本单位公示表
       * @enum {string}
       */
      action: "notices-pdf";
      name: string;
    };
    ApplicationListItem: {
      id: string;
      number: string;
      year: number;
      personName: string;
      employerName: string;
      series: string;
      seriesName: string;
      /** @enum {string} */
      level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
      levelName: string;
      specialty: string;
      /** @description 申报资格，如 高级工程师（通信工程） */
      title: string;
      /** @enum {string} */
      pathway: "regular" | "exceptional" | "green-channel" | "direct-recognition" | "one-step" | "recommendation" | "through-train" | "skills-bridge" | "qualification-mapping";
      pathwayName: string;
      /** @enum {string} */
      state: "draft" | "submitted" | "unit-publicity" | "dispatch-review" | "dispatch-publicity" | "department-review" | "hr-review" | "committee-review" | "accepted" | "in-review" | "result-publicity" | "not-passed" | "revoked" | "filed" | "conferred" | "returned" | "not-recommended" | "withdrawn";
      stateName: string;
      eligible: boolean;
      dispatched: boolean;
      unitPublicityEndsOn: string | null;
      dispatchPublicityEndsOn: string | null;
      submittedAt: string | null;
      updatedAt: string;
      version: number;
      actions: components["schemas"]["ApplicationAction"][];
    };
    ApplicationListItemPage: {
      items: components["schemas"]["ApplicationListItem"][];
      total: number;
      page: number;
      pageSize: number;
      actions: components["schemas"]["ApplicationListAction"][];
    };
    ApplicationPreview: {
      today: string;
      /** @description 所适用的政策集 */
      policy: {
        id: string;
        name: string;
        note: string | null;
      };
      eligibility: components["schemas"]["EligibilityResult"];
      problems: {
          code: string;
          message: string;
          citation: components["schemas"]["Citation"];
        }[];
    };
    ApplicationReceipt: {
      id: string;
      number: string;
      year: number;
      personName: string;
      employerName: string;
      series: string;
      seriesName: string;
      /** @enum {string} */
      level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
      levelName: string;
      specialty: string;
      /** @description 申报资格，如 高级工程师（通信工程） */
      title: string;
      /** @enum {string} */
      pathway: "regular" | "exceptional" | "green-channel" | "direct-recognition" | "one-step" | "recommendation" | "through-train" | "skills-bridge" | "qualification-mapping";
      pathwayName: string;
      /** @enum {string} */
      state: "draft" | "submitted" | "unit-publicity" | "dispatch-review" | "dispatch-publicity" | "department-review" | "hr-review" | "committee-review" | "accepted" | "in-review" | "result-publicity" | "not-passed" | "revoked" | "filed" | "conferred" | "returned" | "not-recommended" | "withdrawn";
      stateName: string;
      eligible: boolean;
      dispatched: boolean;
      unitPublicityEndsOn: string | null;
      dispatchPublicityEndsOn: string | null;
      submittedAt: string | null;
      updatedAt: string;
      version: number;
      /** @description 所适用的政策集 */
      policy: {
        id: string;
        name: string;
        note: string | null;
      };
      eligibility: components["schemas"]["EligibilityResult"];
    };
    Appointment: {
      id: string;
      unit: {
        id: string;
        name: string;
      };
      person: {
        id: string;
        name: string;
      };
      kind: string;
      kindName: string;
      grade: number;
      gradeName: string;
      boardKind: string;
      borrowedFromGrade: number | null;
      startDate: string;
      endDate: string | null;
      /** @enum {string} */
      state: "draft" | "publicised" | "reviewed" | "returned" | "filed" | "ended";
      stateName: string;
      reason: string | null;
      /**
       * @description 来源：单位申请，或职称授予后按途径效果、评聘结合生成的聘用建议
       * @enum {string}
       */
      source: "unit" | "eligibility-effect" | "combined-review" | "self-declared";
      sourceName: string;
      /** @description 生成聘用建议的职称申报 */
      applicationId: string | null;
      /** @description 备案文号（特设岗位为核准文号） */
      approvalDocument: string | null;
      titleDueDate: string | null;
      /** @description 公示截止日 */
      publicityUntil: string | null;
      returnReasons: string[];
      /** @description 最近一次按现行政策检查的结果 */
      check: components["schemas"]["AppointmentCheck"] | null;
      /** @description 单位填写的聘用申请，含单位说明的人员情况（修改草稿时据此回填） */
      request: components["schemas"]["AppointmentDraft"] | null;
      updatedAt: string;
      /** @description 当前用户可执行的操作 */
      actions: {
        edit: boolean;
        propose: boolean;
        review: boolean;
        return: boolean;
        file: boolean;
        /** @description 解除聘用（本单位，已备案的聘用） */
        end: boolean;
      };
    };
    AppointmentCheck: {
      allowed: boolean;
      findings: components["schemas"]["AppointmentFinding"][];
      earliestDate: string | null;
      titleDueDate: string | null;
      notes: {
          key: string;
          note: string;
          citations: components["schemas"]["Citation"][];
        }[];
      applied: string[];
      /** @description 适用的政策集 */
      policy: {
        id: string;
      };
    };
    AppointmentDraft: {
      /**
       * Format: uuid
       * @description 拟聘人员
       */
      personId: string;
      /** @enum {string} */
      kind: "first" | "within-level" | "new-level" | "transfer-in" | "conversion" | "borrowed" | "special" | "regularisation" | "lowering" | "ending";
      /** @description 拟聘岗位等级（解除聘用时为原聘等级） */
      grade: number;
      /** @enum {string} */
      level?: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
      /** @description 聘用起始日期 */
      startDate: string;
      /** @description 岗位所属系列 */
      series?: string;
      /** @description 借用的高级别岗位等级 */
      borrowFromGrade?: number;
      borrowFromSeries?: string;
      reason?: string;
      approvalDocument?: string;
      /** @description 先聘后评：取得职称的期限 */
      titleDueDate?: string;
      /** @description 固定聘期的终止日期（自该日起不再聘用，不含当日）；不填为无固定期限 */
      endDate?: string;
      /** @description 因机构改革等特殊需要安置 */
      institutionalReform?: boolean;
      intervalShortenedMonths?: number;
      /** @description 转为在编前以合同制或劳务派遣身份聘于同一等级的月数（原聘用资历，政策集认可时计入间隔） */
      priorContractServiceMonths?: number;
      /**
       * @default {
       *   "newStaff": false,
       *   "exchangeEntrant": false,
       *   "dualRole": false,
       *   "introducedTalent": false
       * }
       */
      person: {
        /**
         * @description 新增人员（新招聘或调入）
         * @default false
         */
        newStaff: boolean;
        /**
         * @description 通过人员交流进入
         * @default false
         */
        exchangeEntrant: boolean;
        /**
         * @description 双肩挑
         * @default false
         */
        dualRole: boolean;
        /**
         * @description 引进的海外专家、科研团队成员
         * @default false
         */
        introducedTalent: boolean;
        /**
         * @description 转聘前岗位类别
         * @enum {string}
         */
        fromCategory?: "management" | "support";
        /** @description 在疫情防控一线做出突出贡献（吉林2022年职称工作通知二(三)：同层级内直接聘用到上一级岗位） */
        covidFrontlineCommended?: boolean;
      };
      /** @description 转聘工作方案已经主管部门批准 */
      conversionSchemeApproved?: boolean;
    };
    AppointmentDraftInput: {
      /**
       * Format: uuid
       * @description 拟聘人员
       */
      personId: string;
      /** @enum {string} */
      kind: "first" | "within-level" | "new-level" | "transfer-in" | "conversion" | "borrowed" | "special" | "regularisation" | "lowering" | "ending";
      /** @description 拟聘岗位等级（解除聘用时为原聘等级） */
      grade: number;
      /** @enum {string} */
      level?: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
      /** @description 聘用起始日期 */
      startDate: string;
      /** @description 岗位所属系列 */
      series?: string;
      /** @description 借用的高级别岗位等级 */
      borrowFromGrade?: number;
      borrowFromSeries?: string;
      reason?: string;
      approvalDocument?: string;
      /** @description 先聘后评：取得职称的期限 */
      titleDueDate?: string;
      /** @description 固定聘期的终止日期（自该日起不再聘用，不含当日）；不填为无固定期限 */
      endDate?: string;
      /** @description 因机构改革等特殊需要安置 */
      institutionalReform?: boolean;
      intervalShortenedMonths?: number;
      /** @description 转为在编前以合同制或劳务派遣身份聘于同一等级的月数（原聘用资历，政策集认可时计入间隔） */
      priorContractServiceMonths?: number;
      /**
       * @default {
       *   "newStaff": false,
       *   "exchangeEntrant": false,
       *   "dualRole": false,
       *   "introducedTalent": false
       * }
       */
      person: {
        /**
         * @description 新增人员（新招聘或调入）
         * @default false
         */
        newStaff: boolean;
        /**
         * @description 通过人员交流进入
         * @default false
         */
        exchangeEntrant: boolean;
        /**
         * @description 双肩挑
         * @default false
         */
        dualRole: boolean;
        /**
         * @description 引进的海外专家、科研团队成员
         * @default false
         */
        introducedTalent: boolean;
        /**
         * @description 转聘前岗位类别
         * @enum {string}
         */
        fromCategory?: "management" | "support";
        /** @description 在疫情防控一线做出突出贡献（吉林2022年职称工作通知二(三)：同层级内直接聘用到上一级岗位） */
        covidFrontlineCommended?: boolean;
      };
      /** @description 转聘工作方案已经主管部门批准 */
      conversionSchemeApproved?: boolean;
    };
    /** @description 未通过的聘用规则：规则、原因和依据 */
    AppointmentFinding: {
      key: string;
      name: string;
      /** @enum {string} */
      status: "fail" | "wait";
      reason: string;
      citations: components["schemas"]["Citation"][];
      from?: string;
    };
    AppointmentPage: {
      items: components["schemas"]["Appointment"][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @description 聘用不符合规定：逐项列出规则、原因和依据 */
    AppointmentRefusal: {
      error: {
        code: string;
        message: string;
        details: {
            path: string;
            message: string;
            key: string;
            citations: components["schemas"]["Citation"][];
            from?: string;
          }[];
      };
    };
    /** @description 申报人本人的一份附件 */
    Attachment: {
      id: string;
      /** @enum {string} */
      kind: "education-certificate" | "title-certificate" | "qualification-certificate" | "appraisal-record" | "continuing-education" | "achievement" | "recommendation" | "other";
      fileName: string;
      /** @description 按内容判断的类型：application/pdf、image/jpeg 或 image/png */
      contentType: string;
      /** @description 字节数 */
      size: number;
      /** @description 文件的SM3摘要（64位十六进制） */
      sm3: string;
      createdAt: string;
    };
    AuditTrailCheck: {
      /** @description 本次新入链的记录数 */
      sealed: number;
      chain: OneOf<[{
        /** @constant */
        ok: true;
        events: number;
        unsealed: number;
      }, {
        /** @constant */
        ok: false;
        events: number;
        brokenAtSeq: number;
        reason: string;
      }]>;
      /** @description 评审结果与封存摘要的核对（审计链完整时才核对） */
      results: {
        sessions: number;
        problems: {
            sessionId: string;
            name: string;
            reason: string;
          }[];
      } | null;
    };
    BallotRecorded: {
      code: string;
      recorded: boolean;
    };
    /** @description 途径的一个依据及其未满足的条件 */
    BasisResult: {
      id: string;
      name: string;
      citation: components["schemas"]["Citation"];
      eligible: boolean;
      unmet: components["schemas"]["UnmetCondition"][];
      earliestEligibleOn: string | null;
    };
    BlindItem: {
      code: string;
      group: string;
      greenChannel: boolean;
      title: string;
      pathwayName: string;
      eligibleAtFiling: boolean;
      unmetAtFiling: string[];
      record: components["schemas"]["BlindRecord"] | null;
      myScore: {
        score: number;
        comment: string;
      } | null;
      /** @description 本人是否已投票（不回显投票内容） */
      voted: boolean;
    };
    BlindRecord: {
      education: ({
          degree: string;
          major: string | null;
          fullTime: boolean;
          graduatedOn: string | null;
        })[];
      titles: {
          series: string;
          level: string;
          obtainedOn: string;
          via: string;
        }[];
      practicedSpecialty: {
        specialty: string;
        since: string;
      } | null;
      work: ({
          from: string;
          to: string | null;
          employerKind: string;
          area: string;
          frontline: boolean;
        })[];
      annualAppraisals: {
          year: number;
          result: string;
        }[];
      continuingEducation: {
          year: number;
          hours: number;
          professionalHours: number;
        }[];
      achievements: ({
          kind: string;
          on: string | null;
        })[];
    };
    BulkTransitionResult: {
      succeeded: number;
      failed: number;
      results: ({
          id: string;
          ok: boolean;
          /** @enum {string} */
          state?: "draft" | "submitted" | "unit-publicity" | "dispatch-review" | "dispatch-publicity" | "department-review" | "hr-review" | "committee-review" | "accepted" | "in-review" | "result-publicity" | "not-passed" | "revoked" | "filed" | "conferred" | "returned" | "not-recommended" | "withdrawn";
          message?: string;
        })[];
    };
    CalendarDay: {
      date: string;
      /** @enum {string} */
      kind: "holiday" | "workday";
      name: string;
    };
    CalendarYear: {
      year: number;
      /**
       * @description chinese-days 按国务院放假安排导入 | manual 管理员录入
       * @enum {string}
       */
      source: "chinese-days" | "manual";
      /**
       * @description draft 录入中（不回答工作日查询）| published 已发布
       * @enum {string}
       */
      status: "draft" | "published";
      days: components["schemas"]["CalendarDay"][];
    };
    CalendarYearSummary: {
      year: number;
      /**
       * @description chinese-days 按国务院放假安排导入 | manual 管理员录入
       * @enum {string}
       */
      source: "chinese-days" | "manual";
      /**
       * @description draft 录入中（不回答工作日查询）| published 已发布
       * @enum {string}
       */
      status: "draft" | "published";
      holidayCount: number;
      makeupWorkdayCount: number;
      updatedAt: string;
    };
    CertificateDetail: {
      id: string;
      number: string;
      /** @enum {string} */
      status: "valid" | "revoked" | "voided";
      holderName: string;
      holderIdNumberMasked: string;
      series: string;
      seriesName: string;
      /** @enum {string} */
      level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
      levelName: string;
      specialty: string;
      titleName: string;
      committeeName: string;
      announcementNumber: string;
      issuedOn: string;
      regionCode: string;
      /** @enum {string} */
      source: "review" | "import";
      legacyNumber: string | null;
      revokedOn: string | null;
      revokedReason: string | null;
      revokedAuthority: string | null;
      /** @description 补换前的原证书编号 */
      replacesNumber: string | null;
      actions: ("download" | "replace" | "revoke")[];
      events: components["schemas"]["CertificateEvent"][];
    };
    CertificateEvent: {
      kind: string;
      name: string;
      reason: string | null;
      authority: string | null;
      /** @description 事件的附加信息：issued 发文文号 announcementNumber；voided 新证书编号 newNumber；replaced 原证书编号 oldNumber；revoked 撤销日期 revokedOn；imported 文件名 fileName、导入任务 importJobId */
      data: {
        [key: string]: string | null;
      };
      at: string;
    };
    /** @description 依据：政策集（或 national）及其条款编号 */
    Citation: {
      document: string;
      clause: string;
    };
    CodeSent: {
      /** @description 脱敏后的手机号 */
      sentTo: string;
      expiresInSeconds: number;
      resendAfterSeconds: number;
    };
    CommitmentText: {
      /** @enum {string} */
      kind: "personal" | "unit";
      version: string;
      title: string;
      text: string;
      citation: components["schemas"]["Citation"];
    };
    Committee: {
      id: string;
      name: string;
      officeOrganisationId: string;
      tier: string;
      tierName: string;
      series: string;
      seriesName: string;
      levels: string[];
      levelNames: string[];
      specialties: string[];
      regionCode: string;
      regionName: string;
      status: string;
      statusName: string;
      statusReason: string | null;
      approvedOn: string;
      validUntil: string;
      organiser: string;
      kind: string;
      kindName: string;
      organisedBy: string;
      approvalNumber: string;
      specialtyGroups: {
          name: string;
          specialties: string[];
        }[];
    };
    CommitteeStatusChanged: {
      id: string;
      /** @enum {string} */
      status: "active" | "suspended" | "revoked";
      statusName: string;
    };
    Complaint: {
      id: string;
      reference: string;
      complainantName: string;
      phoneMasked: string;
      regionCode: string;
      regionName: string;
      subject: string;
      content: string;
      /**
       * @description open 待办理 | resolved 已办结
       * @enum {string}
       */
      status: "open" | "resolved";
      statusName: string;
      outcome: string | null;
      malicious: boolean;
      sanction: string | null;
      submittedAt: string;
      handledAt: string | null;
      actions: ("resolve" | "flag-malicious")[];
    };
    ComplaintPage: {
      items: components["schemas"]["Complaint"][];
      total: number;
      page: number;
      pageSize: number;
    };
    ComplaintRecipient: {
      regionCode: string;
      regionName: string;
      bureauName: string;
    };
    CoverageClause: {
      /** @description 条款编号，与引用写法一致，如 “七”“14”“一(四)1”；“结语”为文末兜底条款 */
      clause: string;
      heading: string;
      provisions: components["schemas"]["CoverageProvision"][];
    };
    CoverageProvision: {
      /** @description 条款中一项规定的中文摘要 */
      summary: string;
      /** @enum {string} */
      status: "encoded" | "elsewhere" | "planned" | "not-a-rule";
      /** @description 已编码时：规则库中的规则编号；其余为空 */
      rules: string[];
      /** @description 其他模块执行时：仓库内文件路径和导出的函数或常量名 */
      where: {
        file: string;
        symbol: string;
      } | null;
      /** @description 待建设时：所属议题编号 */
      issue: number | null;
      /** @description 非系统规则或待建设的原因，其他状态可附说明 */
      why: string | null;
    };
    DeadlinePage: {
      items: components["schemas"]["DeadlineRow"][];
      total: number;
      page: number;
      pageSize: number;
      counts: {
        pending: number;
        failed: number;
        done: number;
      };
    };
    DeadlineRow: {
      id: number;
      /** @description 期限类型代码，如 result-publicity-end */
      kind: string;
      /** @description 期限类型名称，如 评审结果公示期满 */
      kindName: string;
      /**
       * @description pending 待处理，failed 已失败（不再自动重试），done 已完成或已取消
       * @enum {string}
       */
      status: "pending" | "failed" | "done";
      /** @description 期限的最后一天（YYYY-MM-DD），次日处理 */
      dueOn: string;
      subjectId: string;
      /** @description 所涉事项：申报编号或评审会议名称 */
      subject: string | null;
      attempts: number;
      /** @description 最近一次失败的错误信息（仅错误说明，不含个人信息或查询参数） */
      lastError: string | null;
      failedAt: string | null;
      processedAt: string | null;
      createdAt: string;
    };
    DeadlineSweep: {
      processed: number;
      failed: number;
      givenUp: number;
      retrying: number;
      notDue: number;
      failedTotal: number;
      pending: number;
      delivered: {
        sent: number;
        failed: number;
      };
    };
    DepartmentOption: {
      id: string;
      name: string;
      jurisdiction: {
        code: string;
        name: string;
      };
    };
    DispatchAgency: {
      id: string;
      name: string;
      jurisdictionCode: string;
    };
    DispatchRelation: {
      id: string;
      unit: {
        id: string;
        name: string;
        creditCode: string;
      };
      /** @enum {string} */
      status: "pending" | "approved" | "ended";
      statusName: string;
      createdAt: string;
      decidedAt: string | null;
    };
    /** @description 资格核对结果：一次性告知全部不符合的条件及依据 */
    EligibilityResult: {
      policy: string;
      asOf: string;
      target: {
        series: string;
        /** @enum {string} */
        level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
        specialty: string | null;
      };
      eligible: boolean;
      pathway: ("regular" | "exceptional" | "green-channel" | "direct-recognition" | "one-step" | "recommendation" | "through-train" | "skills-bridge" | "qualification-mapping") | null;
      nearestPathway: ("regular" | "exceptional" | "green-channel" | "direct-recognition" | "one-step" | "recommendation" | "through-train" | "skills-bridge" | "qualification-mapping") | null;
      unmet: components["schemas"]["UnmetCondition"][];
      pathways: components["schemas"]["PathwayResult"][];
      effects: components["schemas"]["PathwayEffects"];
      earliestEligibleOn: string | null;
      /** @enum {string} */
      policyStatus: "in-force" | "draft";
      warnings: string[];
    };
    EmployerChoice: {
      id: string;
      name: string;
      creditCode: string;
      /** @description 所在地区 */
      regionName: string;
    };
    /** @description 错误：代码、中文说明和各字段的问题 */
    Error: {
      error: {
        code: string;
        message: string;
        details: components["schemas"]["FieldProblem"][];
      };
    };
    Expert: {
      id: string;
      name: string;
      series: string;
      /** @enum {string} */
      level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
      levelName: string;
      specialty: string;
      unitName: string;
      regionCode: string;
      privateSector: boolean;
      termFrom: string;
      termTo: string;
      /** @description active 在聘 | suspended 暂停 */
      status: string;
      /** @description 是否已开通专家端账号 */
      hasAccount: boolean;
      /** @description 年度专家库中的专业组 */
      group: string | null;
      relations: ({
          /**
           * @description relative 亲属 | supervisor 导师 | student 学生 | co-author 合著 | declared-conflict 自行申报回避
           * @enum {string}
           */
          kind: "relative" | "supervisor" | "student" | "co-author" | "declared-conflict";
          kindName: string;
          personName: string;
        })[];
    };
    ExpertAccountOpened: {
      expertId: string;
      userId: string;
      username: string;
    };
    ExpertItems: {
      session: {
        id: string;
        name: string;
        heldOn: string;
        /** @enum {string} */
        status: "planned" | "seed-published" | "drawn" | "voting" | "voting-closed" | "results-fixed" | "filed" | "announced";
        statusName: string;
        canScore: boolean;
        canVote: boolean;
      };
      items: components["schemas"]["BlindItem"][];
    };
    ExpertPoolChanged: {
      ok: boolean;
    };
    ExpertRelationDeclared: {
      id: number;
      personName: string;
      /**
       * @description relative 亲属 | supervisor 导师 | student 学生 | co-author 合著 | declared-conflict 自行申报回避
       * @enum {string}
       */
      kind: "relative" | "supervisor" | "student" | "co-author" | "declared-conflict";
    };
    ExpertSession: {
      sessionId: string;
      name: string;
      committeeName: string;
      heldOn: string;
      place: string;
      /** @enum {string} */
      status: "planned" | "seed-published" | "drawn" | "voting" | "voting-closed" | "results-fixed" | "filed" | "announced";
      statusName: string;
      group: string;
      /**
       * @description member 委员 | alternate 替补
       * @enum {string}
       */
      role: "member" | "alternate";
      greenChannel: boolean;
      /** @description 点名前为 null */
      attendance: ("present" | "absent") | null;
    };
    ExpertsImported: {
      total: number;
      imported: number;
      failed: number;
      errors: {
          row: number;
          name: string;
          problems: components["schemas"]["FieldProblem"][];
        }[];
    };
    /** @description 字段路径（按请求中的写法）与问题说明 */
    FieldProblem: {
      path: string;
      message: string;
    };
    Finding: {
      id: string;
      personName: string;
      personIdMasked: string;
      regionCode: string;
      regionName: string;
      authorityName: string;
      decisionNumber: string;
      decidedOn: string;
      banYears: number;
      bannedUntil: string;
      bannedNow: boolean;
      citation: components["schemas"]["Citation"];
      revokedCertificates: string[];
      recordedAt: string;
    };
    FindingDetail: {
      id: string;
      personName: string;
      personIdMasked: string;
      regionCode: string;
      regionName: string;
      authorityName: string;
      decisionNumber: string;
      decidedOn: string;
      banYears: number;
      bannedUntil: string;
      bannedNow: boolean;
      citation: components["schemas"]["Citation"];
      revokedCertificates: string[];
      recordedAt: string;
      facts: string;
      evidence: string;
    };
    FindingPage: {
      items: components["schemas"]["Finding"][];
      total: number;
      page: number;
      pageSize: number;
      /** @description 对诚信档案整体可执行的操作：record 记录失信行为 */
      actions: "record"[];
    };
    FixedResult: {
      capGroup: string;
      attending: number;
      required: number;
      agree: number;
      disagree: number;
      abstain: number;
      rank: number | null;
      /**
       * @description passed 通过 | below-threshold 未达同意票数 | over-cap 超出通过率上限 | tied-at-cap 并列跨越名额界限 | green-channel-failed 绿色通道未通过
       * @enum {string}
       */
      outcome: "passed" | "below-threshold" | "over-cap" | "tied-at-cap" | "green-channel-failed";
      passed: boolean;
      reason: string;
      citation: components["schemas"]["Citation"] | null;
      fixedAt: string;
    };
    GradeFiling: {
      id: string;
      unit: {
        id: string;
        name: string;
      };
      targetGrade: number;
      targetGradeName: string;
      /** @enum {string} */
      state: "draft" | "communicated" | "acknowledged" | "reported" | "approved" | "returned";
      stateName: string;
      standard: string;
      plannedDate: string;
      /** @description 报送评前沟通时该等级的空余岗位数 */
      vacancy: number | null;
      acknowledgement: string | null;
      evaluatedOn: string | null;
      reportNote: string | null;
      approvalDocument: string | null;
      returnReasons: string[];
      candidates: ({
          personId: string;
          name: string;
          currentGrade: number | null;
          currentGradeName: string | null;
          currentSince: string | null;
          titleLevel: string | null;
          titleLevelName: string | null;
          passed: boolean | null;
          result: string | null;
        })[];
      communicatedAt: string | null;
      reportedAt: string | null;
      approvedAt: string | null;
      updatedAt: string;
      /** @description 按现行记录逐项检查的结果（仅详情和操作返回；列表为空） */
      check: {
        /** @description 拟聘用日该等级的空余岗位数 */
        vacancy: number;
        fromGrade: number;
        /** @description 适用的条款 */
        citations: components["schemas"]["Citation"][];
        /** @description 不符合的项目 */
        problems: {
            key: string;
            message: string;
            citation: components["schemas"]["Citation"];
            path: string;
          }[];
      } | null;
      /** @description 当前用户可执行的操作 */
      actions: {
        edit: boolean;
        communicate: boolean;
        acknowledge: boolean;
        report: boolean;
        return: boolean;
        approve: boolean;
      };
    };
    GradeFilingDraftInput: {
      /** @description 评定的岗位等级 */
      targetGrade: 2 | 3;
      /** @description 评定标准条件（原文） */
      standard: string;
      /** @description 拟聘用日期：任职年限和空余岗位按此日计算 */
      plannedDate: string;
      /** @description 参评人员（按单位排序） */
      candidates: string[];
    };
    GradeFilingOptions: {
      targetGrade: number;
      fromGrade: number;
      /** @description 该等级核定数额 */
      quota: number;
      /** @description 该等级空余岗位数 */
      vacancy: number;
      /** @description 在下一等级须聘满的月数 */
      requiredMonths: number | null;
      citations: components["schemas"]["Citation"][];
      staff: ({
          personId: string;
          name: string;
          since: string;
          titleLevel: string | null;
          titleLevelName: string | null;
        })[];
    };
    GradeFilingPage: {
      items: components["schemas"]["GradeFiling"][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @description 岗位评定备案不符合规定：逐项列出规则、说明和依据 */
    GradeFilingRefusal: {
      error: {
        code: string;
        message: string;
        details: {
            path: string;
            message: string;
            key: string;
            citation: components["schemas"]["Citation"];
          }[];
      };
    };
    HomeApplicantProfile: {
      name: string;
      idNumberMasked: string;
      gender: string;
      birthDate: string;
      organisation: string | null;
      titles: components["schemas"]["TitleHeld"][];
    };
    HomeCard: {
      key: string;
      title: string;
      value: number | string;
      suffix?: string;
    };
    /** @description 当前角色的工作台：概况卡片、图表，申报人另有本人档案 */
    HomeData: {
      /** @enum {string} */
      role: "applicant" | "employer" | "dispatcher" | "department" | "hr" | "committee-office" | "expert" | "supervisor" | "admin";
      greeting: string;
      cards: components["schemas"]["HomeCard"][];
      charts: {
        bySeries?: {
            name: string;
            count: number;
            series: string;
          }[];
        byLevel?: {
            name: string;
            count: number;
            level: string;
          }[];
      };
      profile?: components["schemas"]["HomeApplicantProfile"];
    };
    IdentifierCheck: {
      /** @constant */
      valid: true;
    } | {
      /** @constant */
      valid: false;
      reason: string;
    };
    Inbox: {
      items: components["schemas"]["InboxMessage"][];
      total: number;
      unread: number;
      page: number;
      pageSize: number;
    };
    InboxMessage: {
      id: number;
      title: string;
      body: string;
      link: string | null;
      createdAt: string;
      read: boolean;
    };
    /** @description 任意JSON值：字符串、数字、布尔、null、数组或对象 */
    JsonValue: string | number | boolean | null | components["schemas"]["JsonValue"][] | {
      [key: string]: components["schemas"]["JsonValue"];
    };
    LedgerEntry: {
      id: string;
      number: string;
      /** @enum {string} */
      status: "valid" | "revoked" | "voided";
      holderName: string;
      holderIdNumberMasked: string;
      series: string;
      seriesName: string;
      /** @enum {string} */
      level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
      levelName: string;
      specialty: string;
      titleName: string;
      committeeName: string;
      announcementNumber: string;
      issuedOn: string;
      regionCode: string;
      /** @enum {string} */
      source: "review" | "import";
      legacyNumber: string | null;
      revokedOn: string | null;
      revokedReason: string | null;
      revokedAuthority: string | null;
      actions: ("download" | "replace" | "revoke")[];
    };
    LedgerPage: {
      items: components["schemas"]["LedgerEntry"][];
      total: number;
      page: number;
      pageSize: number;
      /** @description 同一筛选条件下（状态除外）各状态的证书数 */
      counts: {
        [key: string]: number;
      };
    };
    LodgedComplaint: {
      id: string;
      /** @description 受理编号 */
      reference: string;
      receivedAt: string;
      regionName: string;
    };
    Me: {
      id: string;
      username: string;
      displayName: string;
      roles: ("applicant" | "employer" | "dispatcher" | "department" | "hr" | "committee-office" | "expert" | "supervisor" | "admin")[];
      permissions: ("users.manage" | "organisations.manage" | "calendar.edit" | "people.stats" | "policies.browse" | "deadlines.manage" | "staff.bind" | "units.review" | "bindings.unlink" | "posts.plan" | "posts.review" | "posts.approve")[];
      organisation: ({
        id: string;
        name: string;
        kind: string;
        /** @description 单位性质；仅用人单位有 */
        employerKind: ("public-institution" | "state-enterprise" | "private-enterprise" | "government" | "military" | "other") | null;
      }) | null;
      jurisdiction: {
        code: string;
        name: string;
        fullName: string;
      };
      /** @description 密码由他人设置，须先修改密码 */
      mustChangePassword: boolean;
      /** @description 已验证的手机号（脱敏） */
      phoneMasked: string | null;
    };
    MyCertificate: {
      id: string;
      number: string;
      /** @enum {string} */
      status: "valid" | "revoked" | "voided";
      holderName: string;
      holderIdNumberMasked: string;
      series: string;
      seriesName: string;
      /** @enum {string} */
      level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
      levelName: string;
      specialty: string;
      titleName: string;
      committeeName: string;
      announcementNumber: string;
      issuedOn: string;
      regionCode: string;
      /** @enum {string} */
      source: "review" | "import";
      legacyNumber: string | null;
      revokedOn: string | null;
      revokedReason: string | null;
      revokedAuthority: string | null;
      actions: ("download" | "replace" | "revoke")[];
    };
    MyEmployment: {
      /** @description 当前人事（劳动）关系所在单位；未绑定为 null */
      current: ({
        /** @description 当前绑定；系统启用绑定前登记的单位为 null */
        bindingId: string | null;
        organisation: {
          id: string;
          name: string;
          creditCode: string;
          regionName: string;
        };
        relation: ("staff" | "contract" | "dispatch") | null;
        dispatchAgency: {
          id: string;
          name: string;
        } | null;
        since: string | null;
      }) | null;
      /** @description 待单位确认的申请 */
      pending: components["schemas"]["PersonBinding"] | null;
      /** @description 全部绑定记录，最近的在前 */
      history: components["schemas"]["PersonBinding"][];
    };
    ObjectionHandled: {
      id: string;
      /**
       * @description open 待核实 | upheld 异议成立 | dismissed 异议不成立
       * @enum {string}
       */
      status: "open" | "upheld" | "dismissed";
      outcome: string | null;
      handledAt: string;
    };
    Organisation: {
      id: string;
      name: string;
      /** @enum {string} */
      kind: "employer" | "hr-bureau" | "department" | "committee-office" | "dispatch-agency" | "other";
      creditCode: string;
      employerKind: ("public-institution" | "state-enterprise" | "private-enterprise" | "government" | "military" | "other") | null;
      jurisdiction: {
        code: string;
        name: string;
      };
      /**
       * @description 审核状态：approved 已通过，pending 待审核，returned 已退回
       * @enum {string}
       */
      status: "pending" | "approved" | "returned";
      /** @description 主管部门 */
      department: {
        id: string;
        name: string;
      } | null;
      address: string | null;
      /** @description 单位注册时填写的联系人（手机号脱敏） */
      contact: ({
        name: string;
        phoneMasked: string | null;
      }) | null;
      createdAt: string;
    };
    OrganisationPage: {
      items: components["schemas"]["Organisation"][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @description 途径的政策效果（直接认定、通过率上限、不占岗位等） */
    PathwayEffects: {
      directRecognition: boolean;
      passRateCap: number | null;
      outsidePostQuota: boolean;
      postGrade: number | null;
      separateEvaluation: boolean;
    };
    PathwayResult: {
      /** @enum {string} */
      pathway: "regular" | "exceptional" | "green-channel" | "direct-recognition" | "one-step" | "recommendation" | "through-train" | "skills-bridge" | "qualification-mapping";
      eligible: boolean;
      basis: {
        id: string;
        name: string;
        citation: components["schemas"]["Citation"];
      };
      unmet: components["schemas"]["UnmetCondition"][];
      effects: components["schemas"]["PathwayEffects"];
      earliestEligibleOn: string | null;
      /** @description 途径有多个依据时，每个依据各自未满足的条件 */
      bases?: components["schemas"]["BasisResult"][];
    };
    PersonBinding: {
      id: string;
      /**
       * @description 用工形式：staff 在编，contract 合同制，dispatch 劳务派遣
       * @enum {string}
       */
      relation: "staff" | "contract" | "dispatch";
      /** @description 劳务派遣人员的派遣单位 */
      dispatchAgency: {
        id: string;
        name: string;
      } | null;
      /** @description 入职（起始）日期 */
      startedOn: string;
      endedOn: string | null;
      /**
       * @description pending 待单位确认，confirmed 已确认，refused 单位已拒绝，withdrawn 本人已撤回，ended 更换单位后结束，unlinked 管理员已解除
       * @enum {string}
       */
      status: "pending" | "confirmed" | "refused" | "withdrawn" | "ended" | "unlinked";
      /**
       * @description person 本人申请，unit-import 单位批量登记，migrated 历史数据
       * @enum {string}
       */
      source: "person" | "unit-import" | "migrated";
      requestedAt: string;
      decidedAt: string | null;
      /** @description 单位拒绝或管理员解除的原因 */
      reason: string | null;
      organisation: {
        id: string;
        name: string;
        creditCode: string;
      };
      /** @description 本人可执行的操作 */
      actions: "withdraw"[];
    };
    Policy: {
      id: string;
      name: string;
      /** @enum {string} */
      status: "in-force" | "draft";
      /** @description 自全国层至本政策集 */
      layers: string[];
      asOf: string;
      parameters: components["schemas"]["PolicyParameter"][];
      general: components["schemas"]["PolicyRule"][];
      standards: components["schemas"]["PolicyStandard"][];
      pathways: components["schemas"]["PolicyPathway"][];
    };
    PolicyCoverage: {
      policy: string;
      name: string;
      /** @enum {string} */
      status: "in-force" | "draft";
      clauses: components["schemas"]["CoverageClause"][];
      summary: {
        encoded: number;
        elsewhere: number;
        planned: number;
        "not-a-rule": number;
        clauses: number;
        provisions: number;
      };
      /** @description 覆盖表自检发现的问题；为空表示无问题 */
      problems: ({
          clause: string;
          provision: number | null;
          message: string;
        })[];
    };
    PolicyDiff: {
      a: {
        id: string;
        name: string;
        asOf: string;
      };
      b: {
        id: string;
        name: string;
        asOf: string;
      };
      rows: ({
          /** @enum {string} */
          kind: "parameter" | "general" | "pathway" | "standard";
          key: string;
          /**
           * @description only-a 仅甲有 | only-b 仅乙有 | changed 两者不同（相同的不列出）
           * @enum {string}
           */
          status: "only-a" | "only-b" | "changed";
          a: (components["schemas"]["PolicyParameter"] | components["schemas"]["PolicyRule"] | components["schemas"]["PolicyStandard"] | components["schemas"]["PolicyPathway"]) | null;
          b: (components["schemas"]["PolicyParameter"] | components["schemas"]["PolicyRule"] | components["schemas"]["PolicyStandard"] | components["schemas"]["PolicyPathway"]) | null;
        })[];
    };
    PolicyParameter: {
      key: string;
      /** @description 数值、文本、开关，或 null（政策未给出具体数字，由评审机构把握） */
      value: number | string | boolean | null;
      citation: components["schemas"]["Citation"];
      note: string | null;
      /** @description 该项来自的政策层 */
      layer: string;
      effectiveFrom: string | null;
      effectiveUntil: string | null;
    };
    PolicyPathway: {
      id: string;
      /** @enum {string} */
      pathway: "regular" | "exceptional" | "green-channel" | "direct-recognition" | "one-step" | "recommendation" | "through-train" | "skills-bridge" | "qualification-mapping";
      name: string;
      citation: components["schemas"]["Citation"];
      /** @description 适用的系列与层级；为 null 或缺省的列表表示全部 */
      appliesTo: ({
        series?: string[];
        /** @description 由更具体的措施管辖的系列 */
        excludeSeries?: string[];
        levels?: ("senior" | "associate-senior" | "intermediate" | "assistant" | "entry")[];
      }) | null;
      /** @description 适用评价基本标准的哪些部分（中文） */
      standard: string;
      /** @description 对本依据不适用的通用条件编号 */
      waives: string[];
      conditions: components["schemas"]["PolicyRule"][];
      reductions: {
          years: number;
          description: string;
          citation: components["schemas"]["Citation"];
        }[];
      /** @description 政策写明的效果（只列出写明的） */
      effects: {
        directRecognition?: boolean;
        passRateCap?: number | null;
        outsidePostQuota?: boolean;
        postGrade?: number | null;
        separateEvaluation?: boolean;
      };
      layer: string;
      effectiveFrom: string | null;
      effectiveUntil: string | null;
    };
    PolicyRule: {
      id: string;
      /** @description 条件的中文说明 */
      description: string;
      citation: components["schemas"]["Citation"];
      /** @description 适用的系列与层级；为 null 或缺省的列表表示全部 */
      appliesTo: ({
        series?: string[];
        /** @description 由更具体的措施管辖的系列 */
        excludeSeries?: string[];
        levels?: ("senior" | "associate-senior" | "intermediate" | "assistant" | "entry")[];
      }) | null;
      layer: string;
      effectiveFrom: string | null;
      effectiveUntil: string | null;
    };
    PolicyStandard: {
      series: string;
      seriesName: string;
      /** @enum {string} */
      level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
      levelName: string;
      citation: components["schemas"]["Citation"];
      /** @description 各学历路径的要求（中文） */
      routes: string[];
      layer: string;
      effectiveFrom: string | null;
      effectiveUntil: string | null;
    };
    PolicySummary: {
      id: string;
      name: string;
      /**
       * @description in-force 现行 | draft 征求意见稿（仅供推演）
       * @enum {string}
       */
      status: "in-force" | "draft";
      effectiveFrom: string | null;
      effectiveUntil: string | null;
    };
    PoolSnapshot: {
      sessionId: string;
      sessionName: string;
      committee: {
        id: string;
        name: string;
      };
      heldOn: string;
      lookBackYears: number;
      strata: {
          group: string;
          seats: number;
          alternates: number;
          greenChannel?: boolean;
        }[];
      seed: string;
      seedPublishedAt: string | null;
      /** @description 专家库快照的SM3摘要（canonicalPoolSnapshot），随种子公布 */
      poolHash: string;
      /** @description 回避依据的SM3摘要（canonicalJson），随种子公布 */
      inputsHash: string;
      pool: ({
          id: string;
          name: string;
          group: string;
          /** @enum {string} */
          level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
          unitId: string | null;
          unitHistory: ({
              unitId: string;
              from: string;
              to: string | null;
            })[];
          regionCode: string;
          privateSector: boolean;
          relations: ({
              personId: string;
              /** @enum {string} */
              kind: "relative" | "supervisor" | "student" | "co-author" | "declared-conflict";
              note?: string;
            })[];
        })[];
      applicants: ({
          applicationId: string;
          personId: string;
          group: string;
          units: ({
              unitId: string;
              from: string;
              to: string | null;
            })[];
          /** @description 回避检查所读的申报材料文本（档案与附件名），用于核对专家姓名是否出现 */
          materialsText: string;
        })[];
      /** @description 已抽取的专家组（尚未抽取时为空） */
      panel: ({
          expertId: string;
          group: string;
          /** @enum {string} */
          role: "member" | "alternate";
          order: number;
        })[];
    };
    PostBoard: {
      unit: {
        id: string;
        name: string;
      };
      asOf: string;
      /** @description 当日执行的岗位设置方案；无则各等级岗位数为0 */
      plan: ({
        id: string;
        version: number;
        effectiveFrom: string;
        effectiveUntil: string | null;
        approvalDocument: string | null;
      }) | null;
      grades: ({
          quota: number;
          occupied: number;
          vacant: number;
          borrowedIn: number;
          borrowedOut: number;
          special: number;
          over: number;
          people: number;
          grade: number;
          name: string;
          /** @enum {string} */
          level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
        })[];
      levels: ({
          quota: number;
          occupied: number;
          vacant: number;
          borrowedIn: number;
          borrowedOut: number;
          special: number;
          over: number;
          people: number;
          /** @enum {string} */
          level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
          levelName: string;
          netOver: number;
        })[];
      /** @description 方案核定的特设岗位 */
      specialPosts: {
          grade: number;
          count: number;
          reason: string;
        }[];
    };
    PostGrade: {
      grade: number;
      /** @enum {string} */
      level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
      levelName: string;
    };
    PostMonitoring: {
      asOf: string;
      /**
       * @description summary：随变动维护的汇总；recount：按日期重新统计
       * @enum {string}
       */
      source: "summary" | "recount";
      region: {
        code: string;
        name: string;
      };
      /** @description 空缺超过该月数未聘用即为长期空缺 */
      idleMonths: number;
      totals: {
        unitsWithPlan: number;
        unitsWithoutPlan: number;
        quota: number;
        occupied: number;
        vacant: number;
        borrowedIn: number;
        borrowedOut: number;
        special: number;
        over: number;
      };
      levels: ({
          /** @enum {string} */
          level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
          levelName: string;
          quota: number;
          occupied: number;
          vacant: number;
          borrowedIn: number;
          borrowedOut: number;
          special: number;
          over: number;
        })[];
      subRegions: {
          code: string;
          name: string;
          unitsWithPlan: number;
          unitsWithoutPlan: number;
          quota: number;
          occupied: number;
          vacant: number;
          borrowedIn: number;
          borrowedOut: number;
          special: number;
          over: number;
        }[];
      /** @description 本地区单位的岗位评定备案（二级岗位；吉林三级、二级）按状态计数，不含草稿 */
      gradeFilings: {
          state: string;
          stateName: string;
          targetGrade: number;
          gradeName: string;
          count: number;
        }[];
      lists: {
        overQuota: components["schemas"]["PostMonitoringListPage"];
        idleVacancies: components["schemas"]["PostMonitoringListPage"];
        specialPosts: components["schemas"]["PostMonitoringListPage"];
        withoutPlan: components["schemas"]["PostMonitoringListPage"];
      };
    };
    PostMonitoringListItem: {
      unitId: string;
      unitName: string;
      jurisdictionCode: string;
      level: ("senior" | "associate-senior" | "intermediate" | "assistant" | "entry") | null;
      levelName: string | null;
      grade: number | null;
      gradeName: string | null;
      quota: number | null;
      occupied: number | null;
      /** @description 本清单的数字：超岗数、空缺数或特设岗位数 */
      figure: number;
      /** @description 该层级净超岗数（各等级已聘合计 − 核定数合计） */
      netOver: number | null;
      /** @description 该等级最近一次聘用起始日 */
      lastStart: string | null;
    };
    PostMonitoringListPage: {
      items: components["schemas"]["PostMonitoringListItem"][];
      total: number;
      page: number;
      pageSize: number;
    };
    PostMonitoringUnits: {
      asOf: string;
      items: {
          unitId: string;
          unitName: string;
          jurisdictionCode: string;
          planId: string;
          planFrom: string;
          grades: {
              grade: number;
              name: string;
              quota: number;
              occupied: number;
              vacant: number;
              borrowedIn: number;
              borrowedOut: number;
              special: number;
              over: number;
            }[];
        }[];
      total: number;
      page: number;
      pageSize: number;
    };
    PostPlan: {
      id: string;
      unit: {
        id: string;
        name: string;
      };
      version: number;
      /** @enum {string} */
      state: "draft" | "submitted" | "reviewed" | "returned" | "approved" | "superseded";
      stateName: string;
      staffingQuota: number;
      /** @enum {string} */
      funding: "full" | "partial" | "self";
      fundingName: string;
      /** @enum {string} */
      mainCategory: "professional" | "management" | "support";
      totals: {
        professional: number;
        management: number;
        support: number;
      };
      /** @enum {string} */
      regionTier: "province" | "city" | "county";
      publicService: boolean;
      highestGrade: number | null;
      effectiveFrom: string;
      effectiveUntil: string | null;
      /** @description 批复文号 */
      approvalDocument: string | null;
      /** @description 最近一次退回的意见（逐条） */
      returnReasons: string[];
      gradeQuotas: {
          grade: number;
          quota: number;
        }[];
      specialPosts: ({
          grade: number;
          count: number;
          reason: string;
          citation: string | null;
        })[];
      submittedAt: string | null;
      reviewedAt: string | null;
      approvedAt: string | null;
      updatedAt: string;
      check: {
        /** @description 适用的政策集 */
        policy: {
          id: string;
          name: string;
        };
        /** @description 不符合的项目（为空时可报送） */
        problems: components["schemas"]["PostPlanProblem"][];
      };
      /** @description 当前用户可执行的操作 */
      actions: {
        edit: boolean;
        submit: boolean;
        review: boolean;
        return: boolean;
        approve: boolean;
      };
    };
    PostPlanDraftInput: {
      staffingQuota: number;
      /** @enum {string} */
      funding: "full" | "partial" | "self";
      /** @enum {string} */
      mainCategory: "professional" | "management" | "support";
      totals: {
        professional: number;
        management: number;
        support: number;
      };
      publicService: boolean;
      /**
       * @description 本单位专业技术岗位最高等级（如已核定）
       * @default null
       */
      highestGrade: number | null;
      /** @description 方案生效日期 */
      effectiveFrom: string;
      gradeQuotas: {
          grade: number;
          quota: number;
        }[];
      /** @default [] */
      specialPosts: ({
          grade: number;
          count: number;
          reason: string;
          /**
           * @description 设置依据（文件）
           * @default null
           */
          citation: string | null;
        })[];
    };
    PostPlanPage: {
      items: components["schemas"]["PostPlan"][];
      total: number;
      page: number;
      pageSize: number;
    };
    /** @description 方案不符合的规定：规则、说明、依据和所涉字段 */
    PostPlanProblem: {
      key: string;
      message: string;
      citation: components["schemas"]["Citation"];
      path: string;
    };
    /** @description 岗位设置方案不符合规定：逐项列出规则、说明和依据 */
    PostPlanRefusal: {
      error: {
        code: string;
        message: string;
        details: {
            path: string;
            message: string;
            key: string;
            citation: components["schemas"]["Citation"];
          }[];
      };
    };
    PreviewGroup: {
      capGroup: string;
      /** @description 参评人数（绿色通道不计） */
      candidates: number;
      /** @description 通过率上限（0.3 即30%）；不限时为 null */
      rate: number | null;
      /** @description 最多通过人数（向下取整）；不限时为 null */
      limit: number | null;
      passed: number;
      citation: components["schemas"]["Citation"] | null;
    };
    PreviewOutcome: {
      applicationId: string;
      code: string;
      number: string;
      personName: string;
      capGroup: string;
      counts: {
        agree: number;
        disagree: number;
        abstain: number;
      };
      attending: number;
      required: number;
      meetsThreshold: boolean;
      rank: number | null;
      /**
       * @description passed 通过 | below-threshold 未达同意票数 | over-cap 超出通过率上限 | tied-at-cap 并列跨越名额界限 | green-channel-failed 绿色通道未通过
       * @enum {string}
       */
      outcome: "passed" | "below-threshold" | "over-cap" | "tied-at-cap" | "green-channel-failed";
      passed: boolean;
      reason: string;
      citation: components["schemas"]["Citation"] | null;
    };
    Profile: {
      name: string;
      organisation: string | null;
      currentEmployer: ({
        name: string;
        employerKind: ("public-institution" | "state-enterprise" | "private-enterprise" | "government" | "military" | "other") | null;
        /** @description 单位确认的入职日期（绑定起始日） */
        since: string | null;
        /** @description 单位确认的用工形式 */
        relation: ("staff" | "contract" | "dispatch") | null;
      }) | null;
      jurisdictionCode: string;
      applicant: components["schemas"]["ApplicantProfile"];
      verification: components["schemas"]["TitleVerification"];
      /** @description 最后保存时间；从未保存过为 null */
      updatedAt: string | null;
    };
    PublicCertificate: {
      number: string;
      /** @enum {string} */
      status: "valid" | "revoked";
      holder: string;
      title: string;
      series: string;
      level: string;
      specialty: string;
      committee: string;
      announcement: string;
      issuedOn: string;
      revokedOn?: string;
    };
    PublicNotice: {
      id: string;
      /**
       * @description unit 单位公示 | dispatch 派遣单位公示 | result 结果公示
       * @enum {string}
       */
      kind: "unit" | "dispatch" | "result";
      maskedName: string;
      unitName: string;
      publisher: string;
      organisationId: string;
      targetTitle: string;
      startsOn: string;
      endsOn: string;
    };
    PublicNotices: {
      today: string;
      items: components["schemas"]["PublicNotice"][];
    };
    PublicSigningKey: {
      keyId: string;
      /** @constant */
      algorithm: "SM2";
      /** @constant */
      hash: "SM3";
      userId: string;
      publicKey: string;
      validFrom: string;
      validUntil: string;
      /** @enum {string} */
      status: "active" | "retired";
    };
    RecordedFinding: {
      id: string;
      banYears: number;
      /** @description 禁止申报期的最后一天（含） */
      bannedUntil: string;
      citation: components["schemas"]["Citation"];
      revokedCertificates: string[];
    };
    Recusal: {
      expertId: string;
      expertName: string | null;
      applicationId: string;
      code: string | null;
      reason: string;
      reasonName: string;
      detail: string;
      /**
       * @description draw 抽取时回避 | expert 专家申请 | office 办事机构登记
       * @enum {string}
       */
      source: "draw" | "expert" | "office";
    };
    RecusalRecorded: {
      code: string;
      recused: boolean;
    };
    Region: {
      code: string;
      name: string;
      /** @enum {string} */
      level: "province" | "city" | "county";
      children?: components["schemas"]["Region"][];
    };
    Registered: {
      userId: string;
      username: string;
      /** @description 是否认领了系统中已有的本人档案 */
      claimedExistingPerson: boolean;
    };
    ResultsPreview: {
      outcomes: components["schemas"]["PreviewOutcome"][];
      groups: components["schemas"]["PreviewGroup"][];
    };
    ScoreRecorded: {
      code: string;
      score: number;
    };
    Seat: {
      expertId: string;
      name: string;
      unitName: string;
      level: string;
      specialty: string;
      privateSector: boolean;
      group: string;
      /**
       * @description member 委员 | alternate 替补
       * @enum {string}
       */
      role: "member" | "alternate";
      order: number;
      greenChannel: boolean;
      /** @description 点名前为 null */
      attendance: ("present" | "absent") | null;
    };
    SelfReviewApplication: {
      id: string;
      organisationId: string;
      year: number;
      series: string;
      levels: string[];
      specialties: string[];
      reason: string;
      /** @description pending 待核准 | approved 已核准 | rejected 不予核准 */
      status: string;
      decisionNote: string | null;
      decidedBy: string | null;
      decidedAt: string | null;
      /** @description 核准后组建的评委会 */
      committeeId: string | null;
      submittedBy: string;
      /** Format: date-time */
      submittedAt: string;
    };
    SelfReviewApplicationRow: {
      application: components["schemas"]["SelfReviewApplication"];
      unitName: string;
    };
    SelfReviewApplied: {
      id: string;
      /** @description pending 待核准 | approved 已核准 | rejected 不予核准 */
      status: string;
    };
    SelfReviewDecided: {
      id: string;
      /** @description pending 待核准 | approved 已核准 | rejected 不予核准 */
      status: string;
      committeeId: string | null;
    };
    Series: {
      code: string;
      slug: string;
      name: string;
      levels: components["schemas"]["SeriesLevel"][];
      lines: ({
          key: string;
          name: string;
          examLevels: ("senior" | "associate-senior" | "intermediate" | "assistant" | "entry")[];
        })[];
    };
    SeriesLevel: {
      /** @enum {string} */
      level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
      levelName: string;
      titles: string[];
      /** @description 以考代评：该级职称通过全国统一考试取得 */
      byExam: boolean;
    };
    ServerStatus: {
      pid: number;
      production: boolean;
      migrations: {
        applied: number;
        /** @description 最后一次已执行迁移的时间戳（drizzle 迁移日志的 when） */
        latest: number | null;
      };
      users: number;
    };
    Session: {
      user: components["schemas"]["Me"];
      csrfToken: string;
    };
    SessionAgendaAdded: {
      /** @description 本次列入议程的申报数 */
      added: number;
    };
    SessionCapAdjustments: {
      adjustments: {
          capGroup: string;
          bonusId: string;
          points: number;
        }[];
    };
    SessionDefenceScheduled: {
      applicationId: string;
      defenceAt: string;
      defencePlace: string;
    };
    SessionDetail: {
      id: string;
      name: string;
      committeeId: string;
      committeeName: string;
      year: number;
      heldOn: string;
      place: string;
      /** @enum {string} */
      status: "planned" | "seed-published" | "drawn" | "voting" | "voting-closed" | "results-fixed" | "filed" | "announced";
      statusName: string;
      throughTrain: boolean;
      actions: components["schemas"]["SessionStep"][];
      version: number;
      steps: components["schemas"]["SessionStep"][];
      strata: components["schemas"]["Stratum"][];
      capAdjustments: {
          capGroup: string;
          bonusId: string;
          points: number;
        }[];
      specialtyGroups: {
          name: string;
          specialties: string[];
        }[];
      draw: {
        seed: string | null;
        seedPublishedAt: string | null;
        poolHash: string | null;
        inputsHash: string | null;
        drawnAt: string | null;
      };
      agenda: components["schemas"]["AgendaItem"][];
      seats: components["schemas"]["Seat"][];
      recusals: components["schemas"]["Recusal"][];
      voting: {
        quorumRequired: number | null;
        attending: number | null;
        openedAt: string | null;
        closedAt: string | null;
      };
      results: {
        fixedAt: string | null;
        digest: string | null;
        publicityEndsOn: string | null;
        filingDueOn: string | null;
        filedOn: string | null;
        filingOverdue: boolean;
        announcementNumber: string | null;
        announcedOn: string | null;
      };
      minutes: string;
    };
    SessionFiled: {
      filedOn: string;
      applications: number;
      overdue: boolean;
    };
    SessionMinutesRecorded: {
      /** @constant */
      ok: true;
    };
    SessionPanelDrawn: {
      /** @description 抽中的评委人数 */
      seats: number;
      recusals: number;
    };
    SessionResultsAnnounced: {
      announcementNumber: string;
      conferred: number;
      /** @description 签发的证书编号 */
      certificates: string[];
    };
    SessionResultsFixed: {
      /** @description 封存的评审结果摘要（SM3） */
      digest: string;
      passed: number;
      failed: number;
      publicityEndsOn: string;
      filingDueOn: string;
    };
    SessionSeedPublished: {
      /** @description 公布的抽取种子 */
      seed: string;
      /** @description 冻结的专家库快照的SM3 */
      poolHash: string;
      /** @description 抽取对象（议程中的申报）的SM3，供复核重放 */
      inputsHash: string;
      poolSize: number;
    };
    SessionStep: {
      /** @enum {string} */
      step: "agenda" | "publish-seed" | "draw" | "schedule-defence" | "open-voting" | "close-voting" | "preview" | "fix-results" | "file" | "announce" | "cap-adjustments" | "minutes";
      name: string;
    };
    SessionSummary: {
      id: string;
      name: string;
      committeeId: string;
      committeeName: string;
      year: number;
      heldOn: string;
      place: string;
      /** @enum {string} */
      status: "planned" | "seed-published" | "drawn" | "voting" | "voting-closed" | "results-fixed" | "filed" | "announced";
      statusName: string;
      throughTrain: boolean;
      actions: components["schemas"]["SessionStep"][];
      seats: number;
    };
    SessionVotingClosed: {
      /** @description 收到的选票数 */
      ballots: number;
    };
    SessionVotingOpened: {
      attending: number;
      /** @description 法定人数 */
      quorumRequired: number;
    };
    StaffImportReport: {
      dryRun: boolean;
      /** @description 本次请求是否已写入（预检和有误的文件均为false） */
      written: boolean;
      unit: {
        id: string;
        name: string;
      };
      counts: {
        rows: number;
        created: number;
        bound: number;
        unchanged: number;
        invalid: number;
        invitations: number;
        invitationsFailed: number;
      };
      rows: ({
          /** @description Excel中的行号（表头为第1行） */
          row: number;
          name: string;
          /** @description 脱敏后的身份证号码 */
          idNumberMasked: string | null;
          relation: ("staff" | "contract" | "dispatch") | null;
          /**
           * @description created 登记成功；bound 已存在并绑定；unchanged 已是本单位人员；invalid 错误
           * @enum {string}
           */
          status: "created" | "bound" | "unchanged" | "invalid";
          message: string;
          /** @description 注册邀请短信：planned 待发送（预检）；sent 已发送；failed 发送失败；null 无需邀请 */
          invitation: ("planned" | "sent" | "failed") | null;
        })[];
    };
    Stratum: {
      group: string;
      seats: number;
      alternates: number;
      /** @description 绿色通道的3名正高级专家，只评绿色通道申报 */
      greenChannel?: boolean;
    };
    TitleHeld: {
      seriesName: string;
      levelName: string;
      titleName: string;
      specialty: string;
      obtainedOn: string;
    };
    TitleImportJob: {
      id: string;
      fileName: string;
      regionCode: string;
      /** @enum {string} */
      status: "running" | "done" | "failed";
      totalRows: number;
      processedRows: number;
      importedRows: number;
      existingRows: number;
      failedRows: number;
      percent: number;
      failure: string | null;
      errorCount: number;
      startedAt: string;
      finishedAt: string | null;
    };
    TitleImportJobPage: {
      items: components["schemas"]["TitleImportJob"][];
      total: number;
      page: number;
      pageSize: number;
    };
    TitleImportProblem: {
      row: number;
      column: string;
      message: string;
    };
    /** @description 逐行JSON（NDJSON）的一行：先是 progress 和 problem，最后 done（导入任务）或 error */
    TitleImportStreamLine: {
      progress: components["schemas"]["TitleImportJob"];
    } | {
      problem: components["schemas"]["TitleImportProblem"];
    } | {
      done: components["schemas"]["TitleImportJob"];
    } | {
      error: {
        kind: string;
        code: string;
        message: string;
        details: components["schemas"]["FieldProblem"][];
      };
    };
    /** @description 系统中的一条职称记录（证书台账、历史导入或职称档案） */
    TitleRecord: {
      id: string;
      /**
       * @description certificate 证书台账（本系统评审后签发）| import 历史导入 | title-record 职称档案记录
       * @enum {string}
       */
      source: "certificate" | "import" | "title-record";
      series: string;
      /** @enum {string} */
      level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
      specialty: string;
      obtainedOn: string;
      /** @description 取得方式；证书台账不记载时为 null */
      via: ("review" | "exam" | "recognition" | "qualification") | null;
      certificateNumber: string | null;
    };
    /** @description 职称核验：同系列、同层级、取得日期完全一致（档案记载取得方式的，取得方式也须一致）即为已核验 */
    TitleVerification: {
      titles: ({
          /** @description 在 applicant.titles 中的位置 */
          index: number;
          verified: boolean;
          /** @enum {string} */
          source: "certificate" | "import" | "title-record" | "declared";
          recordId?: string;
          certificateNumber?: string;
          /** @description 所申报职称的证书已被撤销 */
          revoked?: {
            certificateNumber: string;
            revokedOn: string | null;
          };
        })[];
      /** @description 系统中有记录、本人尚未填报的职称 */
      unclaimedRecords: components["schemas"]["TitleRecord"][];
      /** @description 系统中该人员的全部职称记录（同一职称的证书与档案记录合为一条） */
      records: components["schemas"]["TitleRecord"][];
      revoked: ({
          certificateId: string;
          certificateNumber: string;
          series: string;
          /** @enum {string} */
          level: "senior" | "associate-senior" | "intermediate" | "assistant" | "entry";
          obtainedOn: string;
          revokedOn: string | null;
        })[];
    };
    UnitBinding: {
      id: string;
      /**
       * @description 用工形式：staff 在编，contract 合同制，dispatch 劳务派遣
       * @enum {string}
       */
      relation: "staff" | "contract" | "dispatch";
      /** @description 劳务派遣人员的派遣单位 */
      dispatchAgency: {
        id: string;
        name: string;
      } | null;
      /** @description 入职（起始）日期 */
      startedOn: string;
      endedOn: string | null;
      /**
       * @description pending 待单位确认，confirmed 已确认，refused 单位已拒绝，withdrawn 本人已撤回，ended 更换单位后结束，unlinked 管理员已解除
       * @enum {string}
       */
      status: "pending" | "confirmed" | "refused" | "withdrawn" | "ended" | "unlinked";
      /**
       * @description person 本人申请，unit-import 单位批量登记，migrated 历史数据
       * @enum {string}
       */
      source: "person" | "unit-import" | "migrated";
      requestedAt: string;
      decidedAt: string | null;
      /** @description 单位拒绝或管理员解除的原因 */
      reason: string | null;
      person: {
        /** @description 人员（聘用申请等按人员办理的事项引用） */
        id: string;
        name: string;
        idNumberMasked: string;
      };
      /** @description 本单位可执行的操作 */
      actions: ("confirm" | "refuse")[];
    };
    UnitBindingPage: {
      items: components["schemas"]["UnitBinding"][];
      total: number;
      page: number;
      pageSize: number;
    };
    UnitRegistered: {
      organisationId: string;
      username: string;
      /** @constant */
      status: "pending";
      /** @description 是否为退回后的重新提交 */
      resubmitted: boolean;
    };
    UnitRegistration: {
      id: string;
      name: string;
      /** @enum {string} */
      kind: "employer" | "hr-bureau" | "department" | "committee-office" | "dispatch-agency" | "other";
      creditCode: string;
      employerKind: ("public-institution" | "state-enterprise" | "private-enterprise" | "government" | "military" | "other") | null;
      jurisdiction: {
        code: string;
        name: string;
      };
      /**
       * @description 审核状态：approved 已通过，pending 待审核，returned 已退回
       * @enum {string}
       */
      status: "pending" | "approved" | "returned";
      /** @description 主管部门 */
      department: {
        id: string;
        name: string;
      } | null;
      address: string | null;
      /** @description 单位注册时填写的联系人（手机号脱敏） */
      contact: ({
        name: string;
        phoneMasked: string | null;
      }) | null;
      createdAt: string;
      statusName: string;
      reviewedAt: string | null;
      /** @description 退回意见 */
      reviewNote: string | null;
      /** @description 当前用户可执行的操作 */
      actions: {
        approve: boolean;
        return: boolean;
        editRelations: boolean;
      };
    };
    UnitRegistrationDetail: {
      id: string;
      name: string;
      /** @enum {string} */
      kind: "employer" | "hr-bureau" | "department" | "committee-office" | "dispatch-agency" | "other";
      creditCode: string;
      employerKind: ("public-institution" | "state-enterprise" | "private-enterprise" | "government" | "military" | "other") | null;
      jurisdiction: {
        code: string;
        name: string;
      };
      /**
       * @description 审核状态：approved 已通过，pending 待审核，returned 已退回
       * @enum {string}
       */
      status: "pending" | "approved" | "returned";
      /** @description 主管部门 */
      department: {
        id: string;
        name: string;
      } | null;
      address: string | null;
      /** @description 单位注册时填写的联系人（手机号脱敏） */
      contact: ({
        name: string;
        phoneMasked: string | null;
      }) | null;
      createdAt: string;
      statusName: string;
      reviewedAt: string | null;
      /** @description 退回意见 */
      reviewNote: string | null;
      /** @description 当前用户可执行的操作 */
      actions: {
        approve: boolean;
        return: boolean;
        editRelations: boolean;
      };
      /** @description 单位管理员账号 */
      account: {
        username: string;
        status: string;
      } | null;
      /** @description 劳务派遣单位的派遣关系 */
      dispatchRelations: components["schemas"]["DispatchRelation"][];
    };
    UnitRegistrationPage: {
      items: components["schemas"]["UnitRegistration"][];
      total: number;
      page: number;
      pageSize: number;
    };
    UnlinkedBinding: {
      id: string;
      /**
       * @description pending 待单位确认，confirmed 已确认，refused 单位已拒绝，withdrawn 本人已撤回，ended 更换单位后结束，unlinked 管理员已解除
       * @enum {string}
       */
      status: "pending" | "confirmed" | "refused" | "withdrawn" | "ended" | "unlinked";
      endedOn: string | null;
      reason: string | null;
      organisation: {
        id: string;
        name: string;
      };
      person: {
        id: string;
        name: string;
      };
    };
    /** @description 一项未满足的条件及其依据 */
    UnmetCondition: {
      /** @description 规则标识 */
      rule: string;
      message: string;
      citation: components["schemas"]["Citation"];
      /** @description 该条件用到的事实（如 required、actual） */
      facts: {
        [key: string]: components["schemas"]["JsonValue"];
      };
    };
    User: {
      id: string;
      username: string;
      displayName: string;
      roles: ("applicant" | "employer" | "dispatcher" | "department" | "hr" | "committee-office" | "expert" | "supervisor" | "admin")[];
      organisation: {
        id: string;
        name: string;
      } | null;
      jurisdiction: {
        code: string;
        name: string;
      };
      /**
       * @description pending：单位注册待审核的单位管理员账号
       * @enum {string}
       */
      status: "active" | "disabled" | "pending";
      lockedUntil: string | null;
      lastLoginAt: string | null;
      createdAt: string;
      /** @description 账号关联的专业技术人员（身份证号脱敏） */
      person: ({
        id: string;
        name: string;
        idNumberMasked: string;
        /** @description 当前已确认绑定的人事（劳动）关系所在单位；bindingId 供解除绑定 */
        currentUnit: {
          bindingId: string;
          organisationId: string;
          name: string;
        } | null;
      }) | null;
      /** @description 已验证的手机号（脱敏） */
      phoneMasked: string | null;
      /** @description 密码由他人设置，登录后须先修改 */
      mustChangePassword: boolean;
      /** @description 管理员对该账号可执行的操作（users.policy） */
      actions: ("edit" | "disable" | "enable" | "reset-password" | "unlock" | "unlink")[];
    };
    UserPage: {
      items: components["schemas"]["User"][];
      total: number;
      page: number;
      pageSize: number;
    };
    WorkdaysResult: {
      from: string;
      count: number;
      end: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;

export type external = Record<string, never>;

export type operations = Record<string, never>;

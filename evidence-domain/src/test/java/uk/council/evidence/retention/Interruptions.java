package uk.council.evidence.retention;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Where a test stops a sweep: it passes numbered points (each SQL statement executed, each commit,
 * each file removal), and a plan says what happens at one of them. A connection is watched by
 * wrapping it, so the sweep's real SQL runs unchanged and every statement it will ever have is a
 * point, including ones added later.
 */
final class Interruptions {

  private Interruptions() {}

  /** The sweep's process dying at a point: an Error, so nothing in the sweep catches it. */
  static final class Crash extends Error {
    Crash(String point) {
      super("the sweep's process died after " + point, null, false, false);
    }
  }

  /** A step failing at a point, as a database or disk error would; the sweep may catch it. */
  static final class Failure extends RuntimeException {
    Failure(String point) {
      super("injected failure after " + point, null, false, false);
    }
  }

  /** What the sweep tells the plan as it goes. */
  interface Point {
    void reached(String what);
  }

  /** What to do at which point, counting from 1; points are also remembered, to be listed. */
  static final class Plan implements Point {

    enum Action {
      NOTHING,
      CRASH,
      FAIL,
      PAUSE
    }

    private final int at;
    private final Action action;
    private final List<String> passed = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch paused = new CountDownLatch(1);
    private final CountDownLatch resumed = new CountDownLatch(1);
    private volatile boolean fired;

    private Plan(int at, Action action) {
      this.at = at;
      this.action = action;
    }

    /** Lets the sweep run through, noting its points. */
    static Plan none() {
      return new Plan(0, Action.NOTHING);
    }

    static Plan crashAt(int point) {
      return new Plan(point, Action.CRASH);
    }

    static Plan failAt(int point) {
      return new Plan(point, Action.FAIL);
    }

    /** Holds the sweep at the point until {@link #resume}. */
    static Plan pauseAt(int point) {
      return new Plan(point, Action.PAUSE);
    }

    @Override
    public void reached(String what) {
      passed.add(what);
      if (passed.size() != at || action == Action.NOTHING) {
        return;
      }
      fired = true;
      switch (action) {
        case CRASH:
          throw new Crash(what);
        case FAIL:
          throw new Failure(what);
        case PAUSE:
          paused.countDown();
          try {
            if (!resumed.await(30, TimeUnit.SECONDS)) {
              throw new IllegalStateException("never resumed after " + what);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
          break;
        default:
          break;
      }
    }

    /** Whether the plan did what it says (the sweep got as far as its point). */
    boolean fired() {
      return fired;
    }

    /** The points passed so far, in order. */
    List<String> passed() {
      synchronized (passed) {
        return List.copyOf(passed);
      }
    }

    /** Waits until a pausing plan holds its sweep; false if the sweep never got there. */
    boolean awaitPause(long millis) throws InterruptedException {
      return paused.await(millis, TimeUnit.MILLISECONDS);
    }

    void resume() {
      resumed.countDown();
    }
  }

  private static final Set<String> EXECUTING =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch");

  /**
   * The connection, telling {@code point} after each statement executed on it: {@code "sql
   * <statement>"}. Commits are the caller's to report, since it decides what a commit completes.
   */
  static Connection watched(Connection connection, Point point) {
    return proxy(
        Connection.class,
        connection,
        (target, method, args) -> {
          Object result = invoke(method, target, args);
          if (result instanceof Statement) {
            String sql =
                args != null && args.length > 0 && args[0] instanceof String
                    ? (String) args[0]
                    : "statement";
            return watchedStatement((Statement) result, method.getReturnType(), sql, point);
          }
          return result;
        });
  }

  private static Object watchedStatement(
      Statement statement, Class<?> type, String sql, Point point) {
    return proxy(
        type,
        statement,
        (target, method, args) -> {
          Object result = invoke(method, target, args);
          if (EXECUTING.contains(method.getName())) {
            String text = args != null && args.length > 0 ? (String) args[0] : sql;
            point.reached("sql " + text);
          }
          return result;
        });
  }

  private interface Handler {
    Object handle(Object target, Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, Object target, Handler handler) {
    InvocationHandler h = (proxy, method, args) -> handler.handle(target, method, args);
    return type.cast(
        Proxy.newProxyInstance(Interruptions.class.getClassLoader(), new Class<?>[] {type}, h));
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}

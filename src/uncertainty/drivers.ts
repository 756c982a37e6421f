import { compileExpression, CompiledExpression, ExpressionError } from './sandbox';
import { DRIVERS, DriverName, FIXED_INPUTS } from './scenario';

export interface CompiledDriver {
  name: DriverName;
  expression: CompiledExpression;
  /** False when no draw changes it (a number, or an expression over fixed inputs and constant drivers). */
  varies: boolean;
}

/**
 * Every driver compiled, in an order where each comes after the drivers it refers to, or the first
 * refusal prefixed with the driver's name ("usage_growth: unknown name …", a cycle named in full).
 */
export function compileDrivers(drivers: Record<DriverName, string | number>): CompiledDriver[] | ExpressionError {
  const compiled = new Map<DriverName, CompiledExpression>();
  const known = [...FIXED_INPUTS, ...DRIVERS];
  for (const name of DRIVERS) {
    const expression = compileExpression(String(drivers[name]).trim(), known);
    if (expression instanceof ExpressionError) return new ExpressionError(`${name}: ${expression.message}`);
    compiled.set(name, expression);
  }

  const ordered: CompiledDriver[] = [];
  const visiting: DriverName[] = [];
  const visit = (name: DriverName): ExpressionError | undefined => {
    if (ordered.some((driver) => driver.name === name)) return undefined;
    if (visiting.includes(name)) {
      const cycle = [...visiting.slice(visiting.indexOf(name)), name];
      return new ExpressionError(`the drivers refer to each other in a circle: ${cycle.join(' → ')}`);
    }
    visiting.push(name);
    const expression = compiled.get(name)!;
    const dependencies = expression.names.filter((other): other is DriverName =>
      (DRIVERS as readonly string[]).includes(other),
    );
    for (const dependency of dependencies) {
      const error = visit(dependency);
      if (error) return error;
    }
    visiting.pop();
    const varies =
      expression.random ||
      dependencies.some((dependency) => ordered.find((driver) => driver.name === dependency)!.varies);
    ordered.push({ name, expression, varies });
    return undefined;
  };
  for (const name of DRIVERS) {
    const error = visit(name);
    if (error) return error;
  }
  return ordered;
}

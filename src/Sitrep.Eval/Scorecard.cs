namespace Sitrep.Eval; public static class Scorecard {}

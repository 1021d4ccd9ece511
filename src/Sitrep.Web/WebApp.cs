namespace Sitrep.Web; public static class WebApp {}

// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";
import { pythonPatternEngine } from "../../python-pattern.js";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/runtime_actor_identity","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Identity of a runtime actor (human, LLM, or service).","properties":{"actor_id":{"description":"Unique actor identifier","minLength":1,"title":"Actor Id","type":"string"},"actor_type":{"description":"Actor category","pattern":"^(human|llm|service)$","title":"Actor Type","type":"string"},"display_name":{"default":"","description":"Human-readable display name","title":"Display Name","type":"string"},"model":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Model identifier (e.g., 'claude-opus-4-6')","title":"Model"},"provider":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Provider (e.g., 'anthropic', 'openai')","title":"Provider"},"tool":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Tool identifier","title":"Tool"}},"required":["actor_id","actor_type"],"title":"RuntimeActorIdentity","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func67 = require("ajv/dist/runtime/ucs2length").default;
const func1 = pythonPatternEngine;
const pattern4 = func1("^(human|llm|service)$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/runtime_actor_identity" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.actor_id === undefined) || (!(func0.call(data, "actor_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_id"},message:"must have required property '"+"actor_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.actor_type === undefined) || (!(func0.call(data, "actor_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor_type"},message:"must have required property '"+"actor_type"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.actor_id !== undefined && func0.call(data, "actor_id")){
let data0 = data.actor_id;
if(typeof data0 === "string"){
if(func67(data0) < 1){
const err2 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.actor_id,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/actor_id",schemaPath:"#/properties/actor_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor_id.type,parentSchema:schema31.properties.actor_id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.actor_type !== undefined && func0.call(data, "actor_type")){
let data1 = data.actor_type;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/pattern",keyword:"pattern",params:{pattern: "^(human|llm|service)$"},message:"must match pattern \""+"^(human|llm|service)$"+"\"",schema:"^(human|llm|service)$",parentSchema:schema31.properties.actor_type,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/actor_type",schemaPath:"#/properties/actor_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor_type.type,parentSchema:schema31.properties.actor_type,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.display_name !== undefined && func0.call(data, "display_name")){
let data2 = data.display_name;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.display_name.type,parentSchema:schema31.properties.display_name,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.model !== undefined && func0.call(data, "model")){
let data3 = data.model;
const _errs9 = errors;
let valid1 = false;
const _errs10 = errors;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.model.anyOf[0].type,parentSchema:schema31.properties.model.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
const _errs12 = errors;
if(data3 !== null){
const err8 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.model.anyOf[1].type,parentSchema:schema31.properties.model.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err9 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.model.anyOf,parentSchema:schema31.properties.model,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.provider !== undefined && func0.call(data, "provider")){
let data4 = data.provider;
const _errs15 = errors;
let valid2 = false;
const _errs16 = errors;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.provider.anyOf[0].type,parentSchema:schema31.properties.provider.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
const _errs18 = errors;
if(data4 !== null){
const err11 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.provider.anyOf[1].type,parentSchema:schema31.properties.provider.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err12 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.provider.anyOf,parentSchema:schema31.properties.provider,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.tool !== undefined && func0.call(data, "tool")){
let data5 = data.tool;
const _errs21 = errors;
let valid3 = false;
const _errs22 = errors;
if(typeof data5 !== "string"){
const err13 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.tool.anyOf[0].type,parentSchema:schema31.properties.tool.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs22 === errors;
valid3 = valid3 || _valid2;
const _errs24 = errors;
if(data5 !== null){
const err14 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.tool.anyOf[1].type,parentSchema:schema31.properties.tool.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid2 = _errs24 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const err15 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.tool.anyOf,parentSchema:schema31.properties.tool,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"actor_id":true,"actor_type":true,"display_name":true,"model":true,"provider":true,"tool":true},"dynamicProps":false,"dynamicItems":false};

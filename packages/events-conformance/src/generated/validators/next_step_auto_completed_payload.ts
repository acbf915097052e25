// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";
import { pythonPatternEngine } from "../../python-pattern.js";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"RuntimeActorIdentity":{"description":"Identity of a runtime actor (human, LLM, or service).","properties":{"actor_id":{"description":"Unique actor identifier","minLength":1,"title":"Actor Id","type":"string"},"actor_type":{"description":"Actor category","pattern":"^(human|llm|service)$","title":"Actor Type","type":"string"},"display_name":{"default":"","description":"Human-readable display name","title":"Display Name","type":"string"},"model":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Model identifier (e.g., 'claude-opus-4-6')","title":"Model"},"provider":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Provider (e.g., 'anthropic', 'openai')","title":"Provider"},"tool":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Tool identifier","title":"Tool"}},"required":["actor_id","actor_type"],"title":"RuntimeActorIdentity","type":"object"}},"$id":"spec-kitty-events/next_step_auto_completed_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for NextStepAutoCompleted event.","properties":{"actor":{"$ref":"#/$defs/RuntimeActorIdentity","description":"Actor context for the completion"},"agent_id":{"description":"Agent that completed the step","minLength":1,"title":"Agent Id","type":"string"},"result":{"description":"Step result (e.g., 'success', 'failed')","minLength":1,"title":"Result","type":"string"},"run_id":{"description":"Run identifier","minLength":1,"title":"Run Id","type":"string"},"step_id":{"description":"Step that completed","minLength":1,"title":"Step Id","type":"string"}},"required":["run_id","step_id","agent_id","result","actor"],"title":"NextStepAutoCompletedPayload","type":"object"};
const schema32 = {"description":"Identity of a runtime actor (human, LLM, or service).","properties":{"actor_id":{"description":"Unique actor identifier","minLength":1,"title":"Actor Id","type":"string"},"actor_type":{"description":"Actor category","pattern":"^(human|llm|service)$","title":"Actor Type","type":"string"},"display_name":{"default":"","description":"Human-readable display name","title":"Display Name","type":"string"},"model":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Model identifier (e.g., 'claude-opus-4-6')","title":"Model"},"provider":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Provider (e.g., 'anthropic', 'openai')","title":"Provider"},"tool":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Tool identifier","title":"Tool"}},"required":["actor_id","actor_type"],"title":"RuntimeActorIdentity","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func73 = require("ajv/dist/runtime/ucs2length").default;
const func1 = pythonPatternEngine;
const pattern4 = func1("^(human|llm|service)$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/next_step_auto_completed_payload" */;
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
if((data.run_id === undefined) || (!(func0.call(data, "run_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_id"},message:"must have required property '"+"run_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.step_id === undefined) || (!(func0.call(data, "step_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "step_id"},message:"must have required property '"+"step_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.agent_id === undefined) || (!(func0.call(data, "agent_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent_id"},message:"must have required property '"+"agent_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.result === undefined) || (!(func0.call(data, "result")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.actor === undefined) || (!(func0.call(data, "actor")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if((data0.actor_id === undefined) || (!(func0.call(data0, "actor_id")))){
const err5 = {instancePath:instancePath+"/actor",schemaPath:"#/$defs/RuntimeActorIdentity/required",keyword:"required",params:{missingProperty: "actor_id"},message:"must have required property '"+"actor_id"+"'",schema:schema32.required,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data0.actor_type === undefined) || (!(func0.call(data0, "actor_type")))){
const err6 = {instancePath:instancePath+"/actor",schemaPath:"#/$defs/RuntimeActorIdentity/required",keyword:"required",params:{missingProperty: "actor_type"},message:"must have required property '"+"actor_type"+"'",schema:schema32.required,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0.actor_id !== undefined && func0.call(data0, "actor_id")){
let data1 = data0.actor_id;
if(typeof data1 === "string"){
if(func73(data1) < 1){
const err7 = {instancePath:instancePath+"/actor/actor_id",schemaPath:"#/$defs/RuntimeActorIdentity/properties/actor_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.actor_id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/actor/actor_id",schemaPath:"#/$defs/RuntimeActorIdentity/properties/actor_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.actor_id.type,parentSchema:schema32.properties.actor_id,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.actor_type !== undefined && func0.call(data0, "actor_type")){
let data2 = data0.actor_type;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err9 = {instancePath:instancePath+"/actor/actor_type",schemaPath:"#/$defs/RuntimeActorIdentity/properties/actor_type/pattern",keyword:"pattern",params:{pattern: "^(human|llm|service)$"},message:"must match pattern \""+"^(human|llm|service)$"+"\"",schema:"^(human|llm|service)$",parentSchema:schema32.properties.actor_type,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/actor/actor_type",schemaPath:"#/$defs/RuntimeActorIdentity/properties/actor_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.actor_type.type,parentSchema:schema32.properties.actor_type,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.display_name !== undefined && func0.call(data0, "display_name")){
let data3 = data0.display_name;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/actor/display_name",schemaPath:"#/$defs/RuntimeActorIdentity/properties/display_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.display_name.type,parentSchema:schema32.properties.display_name,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.model !== undefined && func0.call(data0, "model")){
let data4 = data0.model;
const _errs12 = errors;
let valid3 = false;
const _errs13 = errors;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/actor/model",schemaPath:"#/$defs/RuntimeActorIdentity/properties/model/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.model.anyOf[0].type,parentSchema:schema32.properties.model.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid3 = valid3 || _valid0;
const _errs15 = errors;
if(data4 !== null){
const err13 = {instancePath:instancePath+"/actor/model",schemaPath:"#/$defs/RuntimeActorIdentity/properties/model/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema32.properties.model.anyOf[1].type,parentSchema:schema32.properties.model.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err14 = {instancePath:instancePath+"/actor/model",schemaPath:"#/$defs/RuntimeActorIdentity/properties/model/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.model.anyOf,parentSchema:schema32.properties.model,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data0.provider !== undefined && func0.call(data0, "provider")){
let data5 = data0.provider;
const _errs18 = errors;
let valid4 = false;
const _errs19 = errors;
if(typeof data5 !== "string"){
const err15 = {instancePath:instancePath+"/actor/provider",schemaPath:"#/$defs/RuntimeActorIdentity/properties/provider/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.provider.anyOf[0].type,parentSchema:schema32.properties.provider.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid4 = valid4 || _valid1;
const _errs21 = errors;
if(data5 !== null){
const err16 = {instancePath:instancePath+"/actor/provider",schemaPath:"#/$defs/RuntimeActorIdentity/properties/provider/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema32.properties.provider.anyOf[1].type,parentSchema:schema32.properties.provider.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err17 = {instancePath:instancePath+"/actor/provider",schemaPath:"#/$defs/RuntimeActorIdentity/properties/provider/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.provider.anyOf,parentSchema:schema32.properties.provider,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data0.tool !== undefined && func0.call(data0, "tool")){
let data6 = data0.tool;
const _errs24 = errors;
let valid5 = false;
const _errs25 = errors;
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/actor/tool",schemaPath:"#/$defs/RuntimeActorIdentity/properties/tool/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.tool.anyOf[0].type,parentSchema:schema32.properties.tool.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid5 = valid5 || _valid2;
const _errs27 = errors;
if(data6 !== null){
const err19 = {instancePath:instancePath+"/actor/tool",schemaPath:"#/$defs/RuntimeActorIdentity/properties/tool/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema32.properties.tool.anyOf[1].type,parentSchema:schema32.properties.tool.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid2 = _errs27 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const err20 = {instancePath:instancePath+"/actor/tool",schemaPath:"#/$defs/RuntimeActorIdentity/properties/tool/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.tool.anyOf,parentSchema:schema32.properties.tool,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/actor",schemaPath:"#/$defs/RuntimeActorIdentity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.agent_id !== undefined && func0.call(data, "agent_id")){
let data7 = data.agent_id;
if(typeof data7 === "string"){
if(func73(data7) < 1){
const err22 = {instancePath:instancePath+"/agent_id",schemaPath:"#/properties/agent_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.agent_id,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/agent_id",schemaPath:"#/properties/agent_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.agent_id.type,parentSchema:schema31.properties.agent_id,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.result !== undefined && func0.call(data, "result")){
let data8 = data.result;
if(typeof data8 === "string"){
if(func73(data8) < 1){
const err24 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.result,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.result.type,parentSchema:schema31.properties.result,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.run_id !== undefined && func0.call(data, "run_id")){
let data9 = data.run_id;
if(typeof data9 === "string"){
if(func73(data9) < 1){
const err26 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.run_id,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/run_id",schemaPath:"#/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.run_id.type,parentSchema:schema31.properties.run_id,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.step_id !== undefined && func0.call(data, "step_id")){
let data10 = data.step_id;
if(typeof data10 === "string"){
if(func73(data10) < 1){
const err28 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.step_id,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.step_id.type,parentSchema:schema31.properties.step_id,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"actor":true,"agent_id":true,"result":true,"run_id":true,"step_id":true},"dynamicProps":false,"dynamicItems":false};
